import type Database from 'better-sqlite3';
import { defineSchema } from '../store/define-schema.ts';
import { pullRequestSchema } from '../pull-requests/schema.ts';

const commentTables = defineSchema('comments', [
  {
    id: 'comments-1',
    sql: `
      CREATE TABLE comments (
        comment_id TEXT PRIMARY KEY,
        repository_id TEXT NOT NULL REFERENCES repositories(repository_id) ON DELETE CASCADE,
        pull_request_id INTEGER REFERENCES pull_requests(pull_request_id) ON DELETE CASCADE,
        before_commit_id TEXT,
        after_commit_id TEXT NOT NULL,
        before_blob_id TEXT,
        after_blob_id TEXT,
        file_path TEXT,
        file_position INTEGER,
        relative_file_version TEXT,
        in_reply_to TEXT REFERENCES comments(comment_id) ON DELETE CASCADE,
        content TEXT NOT NULL,
        author_arn TEXT NOT NULL,
        creation_date INTEGER NOT NULL,
        last_modified_date INTEGER NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        client_request_token TEXT
      );
      CREATE INDEX comments_by_pull_request ON comments (pull_request_id, creation_date);
      CREATE INDEX comments_by_commits ON comments (repository_id, after_commit_id, before_commit_id);
      CREATE UNIQUE INDEX comments_by_token ON comments (author_arn, client_request_token) WHERE client_request_token IS NOT NULL;
      CREATE TABLE comment_reactions (
        comment_id TEXT NOT NULL REFERENCES comments(comment_id) ON DELETE CASCADE,
        user_arn TEXT NOT NULL,
        short_code TEXT NOT NULL,
        reacted_at INTEGER NOT NULL,
        PRIMARY KEY (comment_id, user_arn)
      );`,
  },
]);

/** Comments on compared commits and pull requests, their replies and reactions. Dates are epoch milliseconds. */
export const commentSchema = (db: Database.Database): Database.Database =>
  commentTables(pullRequestSchema(db));
