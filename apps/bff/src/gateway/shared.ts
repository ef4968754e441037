/** A kind of change every instance must hear of: repository lists and metadata, or branch tips. */
export type SharedChange = 'lists' | 'branches';

/**
 * What several BFF instances share through a store such as Valkey (see `shared-state/`): the
 * content named by a git id, and word of changes. Every method settles without throwing: while
 * the store is away, each instance serves from what it holds.
 */
export interface SharedBackend {
  /** Content another instance loaded, by its key (`<kind>\0<repository>\0<id>…`). */
  loadMany(keys: readonly string[]): Promise<Map<string, unknown>>;
  /** Keeps content for every instance; in the background, since losing it only costs a read. */
  store(key: string, value: unknown): void;
  /** Tells every instance of a change; settles once the store has it (or is away). */
  announce(change: SharedChange): Promise<void>;
  /** The kinds of change any instance announced since the last call. */
  changesSince(): Promise<ReadonlySet<SharedChange>>;
}
