/**
 * A least-recently-used map for results that never change (trees, differences between two
 * object ids), bounded by a total weight (default: one per entry).
 *
 * @example
 * const cache = new LruCache<string, TreeEntry[]>({ maxWeight: 200_000, weigh: (entries) => entries.length + 1 });
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, { value: V; weight: number }>();
  private readonly maxWeight: number;
  private readonly weigh: (value: V) => number;
  private totalWeight = 0;

  constructor({ maxWeight, weigh = () => 1 }: { maxWeight: number; weigh?: (value: V) => number }) {
    if (!(maxWeight > 0)) throw new TypeError('LruCache: maxWeight must be positive');
    this.maxWeight = maxWeight;
    this.weigh = weigh;
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: K, value: V): void {
    this.delete(key);
    const weight = this.weigh(value);
    if (weight > this.maxWeight) return;
    this.entries.set(key, { value, weight });
    this.totalWeight += weight;
    while (this.totalWeight > this.maxWeight) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.delete(oldest.value);
    }
  }

  private delete(key: K): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.totalWeight -= entry.weight;
  }
}
