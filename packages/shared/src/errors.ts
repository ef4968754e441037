/**
 * The body of every error answer from /api: `error` is a message meant for people (AWS's own
 * message when CodeCommit refused), `code` the AWS exception name when there is one, so the
 * console can react to specific cases such as `ParentCommitIdOutdatedException`.
 */
export interface ApiError {
  error: string;
  code?: string;
}
