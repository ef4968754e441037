/** Limits CodeCommit enforces, shared so the console can warn before a call fails. */

/** Largest file GetFile, GetBlob, PutFile and CreateCommit accept (6 MB). */
export const MAX_FILE_CONTENT_BYTES = 6 * 1024 * 1024;

/** Most commit ids one BatchGetCommits call accepts. */
export const MAX_BATCH_GET_COMMITS = 100;

/** Most repository names one BatchGetRepositories call accepts. */
export const MAX_BATCH_GET_REPOSITORIES = 100;

/** Most commits one history page returns. */
export const MAX_COMMITS_PAGE = 100;

/**
 * How long the BFF reuses what can change (branch tips, repository lists) by default, in
 * seconds. The web app asks fresh for this long after a change it made, so another BFF instance
 * cannot show it a tip from before its own change.
 */
export const REUSE_SECONDS = 10;
