import type Database from 'better-sqlite3';
import type { CodeCommitError } from '../protocol/errors.ts';

/** Who signed the request, after SigV4 verification. */
export interface Caller {
  userName: string;
  /** arn:aws:iam::<accountId>:user/<userName> */
  arn: string;
  accountId: string;
  accessKeyId: string;
}

/** A repository's metadata as the store keeps it. */
export interface RepositoryRecord {
  repositoryId: string;
  repositoryName: string;
  repositoryDescription?: string;
  defaultBranch?: string;
  creationDate: Date;
  lastModifiedDate: Date;
  accountId: string;
  arn: string;
  kmsKeyId: string;
  /** Absolute path of the bare git repository. */
  gitDir: string;
}

export interface RepositoryStore {
  find(repositoryName: string): RepositoryRecord | undefined;
  /** Throws RepositoryDoesNotExistException (after validating the name) when absent. */
  require(repositoryName: string): RepositoryRecord;
  findById(repositoryId: string): RepositoryRecord | undefined;
  list(): RepositoryRecord[];
  /** Marks the repository modified; sets the default branch when it has none yet. */
  touch(repositoryName: string, changes?: { defaultBranch?: string }): void;
}

/** A reference moved, by an API write or by `git push`. Zero id = created / deleted. */
export interface ReferenceUpdate {
  repositoryName: string;
  /** Full ref name, e.g. refs/heads/main */
  ref: string;
  oldCommitId: string;
  newCommitId: string;
  caller: Caller;
  source: 'api' | 'push';
}

export interface EmulatorEvents {
  /** Every module that moves a ref calls this after the move succeeded. */
  referenceUpdated(update: ReferenceUpdate): void;
  onReferenceUpdated(listener: (update: ReferenceUpdate) => void): void;
}

export interface OperationContext {
  caller: Caller;
  region: string;
  accountId: string;
  /** Base URL the emulator is reached at, e.g. http://localhost:3000 (cloneUrlHttp derives from it). */
  publicUrl: string;
  db: Database.Database;
  repositories: RepositoryStore;
  events: EmulatorEvents;
}

/** One CodeCommit operation: input as parsed JSON, output serialized as JSON. */
export type Handler<I = never, O = unknown> = (input: I, ctx: OperationContext) => O | Promise<O>;

export type OperationTable = Record<string, Handler<never, unknown>>;

export type { CodeCommitError };
