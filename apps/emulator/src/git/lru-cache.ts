/**
 * A small least-recently-used map for results that never change (differences between two
 * object ids), so paging through them does not recompute them.
 *
 * @example
 * const cache = new LruCache<string, Difference[]>({ maxEntries: 64 });
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, V>();
  private readonly maxEntries: number;

  constructor({ maxEntries }: { maxEntries: number }) {
    if (!(maxEntries > 0)) throw new TypeError('LruCache: maxEntries must be positive');
    this.maxEntries = maxEntries;
  }

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }
}
