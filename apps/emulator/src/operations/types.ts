import type Database from 'better-sqlite3';
import type { Caller } from '../context.ts';
import type { CodeCommitError } from '../protocol/errors.ts';

export type { Caller };

/** A repository's metadata as the store keeps it. */
export interface RepositoryRecord {
  repositoryId: string;
  repositoryName: string;
  repositoryDescription?: string;
  defaultBranch?: string;
  creationDate: Date;
  lastModifiedDate: Date;
  /** The region the repository lives in: repositories are regional, as on AWS. */
  region: string;
  accountId: string;
  arn: string;
  kmsKeyId: string;
  /** Absolute path of the bare git repository. */
  gitDir: string;
}

/** The repositories of one region: every lookup is scoped to it. */
export interface RepositoryStore {
  find(repositoryName: string): RepositoryRecord | undefined;
  /** Throws RepositoryDoesNotExistException (after validating the name) when absent. */
  require(repositoryName: string): RepositoryRecord;
  findById(repositoryId: string): RepositoryRecord | undefined;
  list(): RepositoryRecord[];
  /** Marks the repository modified; sets the default branch when it has none yet. */
  touch(repositoryName: string, changes?: { defaultBranch?: string }): void;
  /** Creates the metadata and an empty bare repository; RepositoryNameExistsException when taken. */
  create(input: NewRepository): Promise<RepositoryRecord>;
  /** Removes the metadata and the git repository; undefined when there was none. */
  delete(repositoryName: string): Promise<RepositoryRecord | undefined>;
  /** Changes metadata (and the name); bumps lastModifiedDate. `null` clears the description. */
  update(repositoryName: string, changes: RepositoryChanges): RepositoryRecord;
}

export interface NewRepository {
  repositoryName: string;
  repositoryDescription?: string;
  kmsKeyId?: string;
  tags?: Record<string, string>;
}

export interface RepositoryChanges {
  repositoryName?: string;
  repositoryDescription?: string | null;
  kmsKeyId?: string;
  defaultBranch?: string;
}

/** Tags of a repository, by repositoryId. */
export interface TagStore {
  list(repositoryId: string): Record<string, string>;
  /** Adds or replaces the given tags. */
  set(repositoryId: string, tags: Record<string, string>): void;
  remove(repositoryId: string, tagKeys: string[]): void;
}

/** A reference moved, by an API write or by `git push`. Zero id = created / deleted. */
export interface ReferenceUpdate {
  /** The repository's region: its name is unique within that region only. */
  region: string;
  repositoryName: string;
  /** Full ref name, e.g. refs/heads/main */
  ref: string;
  oldCommitId: string;
  newCommitId: string;
  caller: Caller;
  source: 'api' | 'push';
  /** Set when a merge made by the API moved the reference: what was merged, and how. */
  merge?: MergeDetails;
}

/** A merge the API made, as CodeCommit's events describe it. */
export interface MergeDetails {
  sourceCommitId: string;
  destinationCommitId: string;
  baseCommitId?: string;
  mergeOption: string;
  conflictDetailsLevel?: string;
  conflictResolutionStrategy?: string;
}

export interface EmulatorEvents {
  /** Every module that moves a ref calls this after the move succeeded. */
  referenceUpdated(update: ReferenceUpdate): void;
  onReferenceUpdated(listener: (update: ReferenceUpdate) => void): void;
}

export interface OperationContext {
  caller: Caller;
  /** The region the request's signature is scoped to: the repositories it sees are that region's. */
  region: string;
  /** The emulator's default region (us-east-1): git paths without a region prefix name it. */
  defaultRegion: string;
  accountId: string;
  /** ARNs of the emulator's IAM users and roles: the identities that exist in its account. */
  userArns: ReadonlySet<string>;
  /** Base URL the emulator is reached at, e.g. http://localhost:3000 (cloneUrlHttp derives from it). */
  publicUrl: string;
  /** Base URL of the SSH listener, e.g. ssh://localhost:2222 (cloneUrlSsh derives from it); absent when none runs. */
  sshUrl?: string;
  db: Database.Database;
  /** The repositories of `region`. */
  repositories: RepositoryStore;
  /** The repositories of any region, for work that follows an event rather than a request. */
  repositoriesIn(region: string): RepositoryStore;
  tags: TagStore;
  events: EmulatorEvents;
}

/**
 * One CodeCommit operation: input as parsed JSON, already checked against the model's input shape
 * (required members, types, lengths, patterns, enums), with blob members decoded to Buffers;
 * output serialized as JSON (Dates as epoch seconds, Uint8Arrays as base64, undefined left out).
 */
export type Handler<I = never, O = unknown> = (input: I, ctx: OperationContext) => O | Promise<O>;

export type OperationTable = Record<string, Handler<never, unknown>>;

export type { CodeCommitError };
