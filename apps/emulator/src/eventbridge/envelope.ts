import { randomUUID } from 'node:crypto';

/** The detail types CodeCommit sends to EventBridge that the emulator emits. */
export type CodeCommitDetailType =
  | 'CodeCommit Repository State Change'
  | 'CodeCommit Pull Request State Change'
  | 'CodeCommit Comment on Pull Request'
  | 'CodeCommit Comment on Commit'
  | 'CodeCommit Comment Reaction Change'
  | 'CodeCommit Approval Rule Template Change';

/** One event as EventBridge hands it to a rule's target. */
export interface CodeCommitEvent {
  version: '0';
  id: string;
  'detail-type': CodeCommitDetailType;
  source: 'aws.codecommit';
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: Record<string, unknown> & { event: string };
}

/**
 * Wraps a CodeCommit event's detail in EventBridge's envelope, as the CodeCommit User Guide's
 * "Monitoring CodeCommit events in Amazon EventBridge" examples show it: version "0", a fresh id,
 * source aws.codecommit, the time to the second in UTC, and the repository's ARN as the only
 * resource (approval rule template events list the repositories they concern, if any).
 *
 * @example
 * const event = codeCommitEvent({ detailType: 'CodeCommit Repository State Change', region, accountId, repositoryArn, time, detail });
 */
export const codeCommitEvent = ({
  detailType,
  region,
  accountId,
  repositoryArn,
  resources = repositoryArn === undefined ? [] : [repositoryArn],
  time,
  detail,
}: {
  detailType: CodeCommitDetailType;
  region: string;
  accountId: string;
  /** The one resource of most events. */
  repositoryArn?: string;
  /** For events about several repositories, or none (approval rule templates). */
  resources?: string[];
  time: Date;
  detail: CodeCommitEvent['detail'];
}): CodeCommitEvent => ({
  version: '0',
  id: randomUUID(),
  'detail-type': detailType,
  source: 'aws.codecommit',
  account: accountId,
  time: time.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  region,
  resources,
  detail,
});
