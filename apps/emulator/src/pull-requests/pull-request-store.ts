import type Database from 'better-sqlite3';
import type { MergeOptionTypeEnum, PullRequestStatusEnum } from '@aws-sdk/client-codecommit';
import { prepareOnce } from '../store/prepare-once.ts';
import { pullRequestSchema } from './schema.ts';

/** A pull request as the database keeps it (one target). */
export interface PullRequestRecord {
  pullRequestId: string;
  repositoryId: string;
  title: string;
  description?: string;
  authorArn: string;
  clientRequestToken?: string;
  pullRequestStatus: PullRequestStatusEnum;
  creationDate: Date;
  lastActivityDate: Date;
  revisionId: string;
  /** Full reference names, e.g. refs/heads/feature. */
  sourceReference: string;
  destinationReference: string;
  sourceCommit: string;
  destinationCommit: string;
  mergeBase?: string;
  isMerged: boolean;
  mergedBy?: string;
  mergeCommitId?: string;
  mergeOption?: MergeOptionTypeEnum;
}

interface PullRequestRow {
  pull_request_id: number;
  repository_id: string;
  title: string;
  description: string | null;
  author_arn: string;
  client_request_token: string | null;
  pull_request_status: string;
  creation_date: number;
  last_activity_date: number;
  revision_id: string;
  source_reference: string;
  destination_reference: string;
  source_commit: string;
  destination_commit: string;
  merge_base: string | null;
  is_merged: number;
  merged_by: string | null;
  merge_commit_id: string | null;
  merge_option: string | null;
}

const toRecord = (row: PullRequestRow): PullRequestRecord => ({
  pullRequestId: String(row.pull_request_id),
  repositoryId: row.repository_id,
  title: row.title,
  description: row.description ?? undefined,
  authorArn: row.author_arn,
  clientRequestToken: row.client_request_token ?? undefined,
  pullRequestStatus: row.pull_request_status as PullRequestStatusEnum,
  creationDate: new Date(row.creation_date),
  lastActivityDate: new Date(row.last_activity_date),
  revisionId: row.revision_id,
  sourceReference: row.source_reference,
  destinationReference: row.destination_reference,
  sourceCommit: row.source_commit,
  destinationCommit: row.destination_commit,
  mergeBase: row.merge_base ?? undefined,
  isMerged: row.is_merged === 1,
  mergedBy: row.merged_by ?? undefined,
  mergeCommitId: row.merge_commit_id ?? undefined,
  mergeOption: (row.merge_option ?? undefined) as MergeOptionTypeEnum | undefined,
});

const columns: Record<keyof Omit<PullRequestRecord, 'pullRequestId'>, string> = {
  repositoryId: 'repository_id',
  title: 'title',
  description: 'description',
  authorArn: 'author_arn',
  clientRequestToken: 'client_request_token',
  pullRequestStatus: 'pull_request_status',
  creationDate: 'creation_date',
  lastActivityDate: 'last_activity_date',
  revisionId: 'revision_id',
  sourceReference: 'source_reference',
  destinationReference: 'destination_reference',
  sourceCommit: 'source_commit',
  destinationCommit: 'destination_commit',
  mergeBase: 'merge_base',
  isMerged: 'is_merged',
  mergedBy: 'merged_by',
  mergeCommitId: 'merge_commit_id',
  mergeOption: 'merge_option',
};

type SqlValue = string | number | null;

const toSql = (value: unknown): SqlValue => {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value as string | number;
};

const assignments = (
  changes: Partial<Omit<PullRequestRecord, 'pullRequestId'>>,
): [string[], SqlValue[]] => {
  const names: string[] = [];
  const values: SqlValue[] = [];
  for (const [key, value] of Object.entries(changes)) {
    names.push(columns[key as keyof typeof columns]);
    values.push(toSql(value));
  }
  return [names, values];
};

/** Stores a new pull request and returns it with its id (the next number, as CodeCommit counts). */
export const insertPullRequest = (
  db: Database.Database,
  record: Omit<PullRequestRecord, 'pullRequestId'>,
): PullRequestRecord => {
  const [names, values] = assignments(record);
  const result = prepareOnce(
    pullRequestSchema(db),
    `INSERT INTO pull_requests (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
  ).run(...values);
  return { ...record, pullRequestId: String(result.lastInsertRowid) };
};

export const findPullRequest = (
  db: Database.Database,
  pullRequestId: string,
): PullRequestRecord | undefined => {
  const row = prepareOnce<[string], PullRequestRow>(
    pullRequestSchema(db),
    'SELECT * FROM pull_requests WHERE pull_request_id = ?',
  ).get(pullRequestId);
  return row && toRecord(row);
};

export const findPullRequestByToken = (
  db: Database.Database,
  authorArn: string,
  clientRequestToken: string,
): PullRequestRecord | undefined => {
  const row = prepareOnce<[string, string], PullRequestRow>(
    pullRequestSchema(db),
    'SELECT * FROM pull_requests WHERE author_arn = ? AND client_request_token = ?',
  ).get(authorArn, clientRequestToken);
  return row && toRecord(row);
};

/** Pull request ids of a repository, newest first. */
export const listPullRequestIds = (
  db: Database.Database,
  filter: { repositoryId: string; authorArn?: string; pullRequestStatus?: string },
): string[] => {
  const conditions = ['repository_id = ?'];
  const values: string[] = [filter.repositoryId];
  if (filter.authorArn !== undefined) {
    conditions.push('author_arn = ?');
    values.push(filter.authorArn);
  }
  if (filter.pullRequestStatus !== undefined) {
    conditions.push('pull_request_status = ?');
    values.push(filter.pullRequestStatus);
  }
  return prepareOnce<string[], { pull_request_id: number }>(
    pullRequestSchema(db),
    `SELECT pull_request_id FROM pull_requests WHERE ${conditions.join(' AND ')} ORDER BY pull_request_id DESC`,
  )
    .all(...values)
    .map((row) => String(row.pull_request_id));
};

/** Open pull requests of a repository, optionally only those whose source or destination is `ref`. */
export const listOpenPullRequests = (
  db: Database.Database,
  repositoryId: string,
  ref?: string,
): PullRequestRecord[] => {
  const rows =
    ref === undefined
      ? prepareOnce<[string], PullRequestRow>(
          pullRequestSchema(db),
          "SELECT * FROM pull_requests WHERE repository_id = ? AND pull_request_status = 'OPEN' ORDER BY pull_request_id",
        ).all(repositoryId)
      : prepareOnce<[string, string, string], PullRequestRow>(
          pullRequestSchema(db),
          "SELECT * FROM pull_requests WHERE repository_id = ? AND pull_request_status = 'OPEN' AND (source_reference = ? OR destination_reference = ?) ORDER BY pull_request_id",
        ).all(repositoryId, ref, ref);
  return rows.map(toRecord);
};

export const countOpenPullRequests = (db: Database.Database, repositoryId: string): number =>
  prepareOnce<[string], { count: number }>(
    pullRequestSchema(db),
    "SELECT COUNT(*) AS count FROM pull_requests WHERE repository_id = ? AND pull_request_status = 'OPEN'",
  ).get(repositoryId)?.count ?? 0;

/** Changes some fields of a pull request and returns it as it now is. */
export const updatePullRequest = (
  db: Database.Database,
  pullRequestId: string,
  changes: Partial<Omit<PullRequestRecord, 'pullRequestId'>>,
): PullRequestRecord => {
  const [names, values] = assignments(changes);
  if (names.length > 0) {
    prepareOnce(
      pullRequestSchema(db),
      `UPDATE pull_requests SET ${names.map((name) => `${name} = ?`).join(', ')} WHERE pull_request_id = ?`,
    ).run(...values, pullRequestId);
  }
  const updated = findPullRequest(db, pullRequestId);
  if (!updated) throw new Error(`Pull request ${pullRequestId} vanished during an update`);
  return updated;
};
