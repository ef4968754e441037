import type Database from 'better-sqlite3';
import type { Approval, ApprovalState } from '@aws-sdk/client-codecommit';
import { prepareOnce } from '../store/prepare-once.ts';
import { approvalSchema } from './schema.ts';

/**
 * Records a user's approval of one revision of a pull request; REVOKE takes it back.
 * Approvals belong to a revision: a new revision starts with none.
 */
export const setApprovalState = (
  db: Database.Database,
  approval: {
    pullRequestId: string;
    revisionId: string;
    userArn: string;
    approvalState: ApprovalState;
  },
): void => {
  approvalSchema(db);
  if (approval.approvalState === 'REVOKE') {
    db.prepare(
      'DELETE FROM approvals WHERE pull_request_id = ? AND revision_id = ? AND user_arn = ?',
    ).run(approval.pullRequestId, approval.revisionId, approval.userArn);
    return;
  }
  db.prepare(
    'INSERT INTO approvals (pull_request_id, revision_id, user_arn, approval_state) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET approval_state = excluded.approval_state',
  ).run(approval.pullRequestId, approval.revisionId, approval.userArn, approval.approvalState);
};

/** The approvals given to a revision, in the order they were given. */
export const listApprovals = (
  db: Database.Database,
  pullRequestId: string,
  revisionId: string,
): Approval[] =>
  prepareOnce<[string, string], { user_arn: string; approval_state: string }>(
    approvalSchema(db),
    'SELECT user_arn, approval_state FROM approvals WHERE pull_request_id = ? AND revision_id = ? ORDER BY rowid',
  )
    .all(pullRequestId, revisionId)
    .map((row) => ({ userArn: row.user_arn, approvalState: row.approval_state as ApprovalState }));

export const findOverride = (
  db: Database.Database,
  pullRequestId: string,
  revisionId: string,
): string | undefined =>
  prepareOnce<[string, string], { overrider: string }>(
    approvalSchema(db),
    'SELECT overrider FROM approval_overrides WHERE pull_request_id = ? AND revision_id = ?',
  ).get(pullRequestId, revisionId)?.overrider;

export const setOverride = (
  db: Database.Database,
  pullRequestId: string,
  revisionId: string,
  overrider: string | undefined,
): void => {
  approvalSchema(db);
  if (overrider === undefined) {
    db.prepare('DELETE FROM approval_overrides WHERE pull_request_id = ? AND revision_id = ?').run(
      pullRequestId,
      revisionId,
    );
  } else {
    db.prepare(
      'INSERT OR REPLACE INTO approval_overrides (pull_request_id, revision_id, overrider) VALUES (?, ?, ?)',
    ).run(pullRequestId, revisionId, overrider);
  }
};
