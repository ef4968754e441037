interface Entry {
  value: unknown;
  bytes: number;
}

/**
 * A least-recently-used cache bounded by an estimate of the bytes it holds. It keeps only
 * what never changes (objects named by a git id), so entries never go stale: they only
 * leave when room is needed. Concurrent loads of one key share a single load.
 */
export class ByteLruCache {
  readonly maxBytes: number;
  #entries = new Map<string, Entry>();
  #loading = new Map<string, Promise<unknown>>();
  #bytes = 0;
  /** Lookups that found their entry, and those that did not (for the metrics). */
  hits = 0;
  misses = 0;

  constructor(maxBytes: number) {
    this.maxBytes = maxBytes;
  }

  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#entries.size;
  }

  get<T>(key: string): T | undefined {
    const entry = this.#entries.get(key);
    if (!entry) {
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    // Re-inserting moves the key to the end of the Map's order: the most recently used.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value as T;
  }

  /** True when `key` is held; not a lookup (neither counted nor made most recent). */
  has(key: string): boolean {
    return this.#entries.has(key);
  }

  set(key: string, value: unknown, bytes = estimateBytes(value)): void {
    const previous = this.#entries.get(key);
    if (previous) {
      this.#entries.delete(key);
      this.#bytes -= previous.bytes;
    }
    if (bytes > this.maxBytes) return;
    this.#entries.set(key, { value, bytes });
    this.#bytes += bytes;
    for (const [oldestKey, oldest] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldestKey);
      this.#bytes -= oldest.bytes;
    }
  }

  /** The cached value, or the result of `load` (cached once it resolves). */
  async getOrLoad<T>(key: string, load: () => Promise<T>): Promise<T> {
    const cached = this.get<T>(key);
    if (cached !== undefined) return cached;
    const pending = this.#loading.get(key);
    if (pending) return pending as Promise<T>;
    const loading = load().then(
      (value) => {
        this.#loading.delete(key);
        this.set(key, value);
        return value;
      },
      (error: unknown) => {
        this.#loading.delete(key);
        throw error;
      },
    );
    this.#loading.set(key, loading);
    return loading;
  }
}

/** Bytes a value holds, near enough to bound memory: raw bytes for blobs, UTF-16 JSON otherwise. */
export function estimateBytes(value: unknown): number {
  const overhead = 96;
  if (value instanceof Uint8Array) return value.byteLength + overhead;
  if (typeof value === 'string') return value.length * 2 + overhead;
  return (
    (JSON.stringify(value, (_key, member: unknown) =>
      member instanceof Uint8Array ? member.byteLength : member,
    )?.length ?? 0) *
      2 +
    overhead
  );
}
