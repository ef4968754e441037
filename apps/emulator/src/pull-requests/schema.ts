import { defineSchema } from '../store/define-schema.ts';

/**
 * Pull requests and their activity. A pull request has one target (CodeCommit allows one
 * repository per pull request); it belongs to its repository and goes when the repository does.
 * Dates are epoch milliseconds.
 */
export const pullRequestSchema = defineSchema('pull-requests', [
  {
    id: 'pull-requests-1',
    sql: `
      CREATE TABLE pull_requests (
        pull_request_id INTEGER PRIMARY KEY AUTOINCREMENT,
        repository_id TEXT NOT NULL REFERENCES repositories(repository_id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        description TEXT,
        author_arn TEXT NOT NULL,
        client_request_token TEXT,
        pull_request_status TEXT NOT NULL,
        creation_date INTEGER NOT NULL,
        last_activity_date INTEGER NOT NULL,
        revision_id TEXT NOT NULL,
        source_reference TEXT NOT NULL,
        destination_reference TEXT NOT NULL,
        source_commit TEXT NOT NULL,
        destination_commit TEXT NOT NULL,
        merge_base TEXT,
        is_merged INTEGER NOT NULL DEFAULT 0,
        merged_by TEXT,
        merge_commit_id TEXT,
        merge_option TEXT
      );
      CREATE INDEX pull_requests_by_repository ON pull_requests (repository_id, pull_request_status);
      CREATE UNIQUE INDEX pull_requests_by_token ON pull_requests (author_arn, client_request_token)
        WHERE client_request_token IS NOT NULL;
      CREATE TABLE pull_request_events (
        event_id INTEGER PRIMARY KEY AUTOINCREMENT,
        pull_request_id INTEGER NOT NULL REFERENCES pull_requests(pull_request_id) ON DELETE CASCADE,
        event_date INTEGER NOT NULL,
        pull_request_event_type TEXT NOT NULL,
        actor_arn TEXT NOT NULL,
        metadata TEXT NOT NULL
      );
      CREATE INDEX pull_request_events_by_pull_request ON pull_request_events (pull_request_id, event_id);`,
  },
]);
