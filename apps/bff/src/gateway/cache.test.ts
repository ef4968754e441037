import { describe, expect, it } from 'vitest';
import { ByteLruCache, estimateBytes } from './cache.ts';

describe('ByteLruCache', () => {
  it('evicts the least recently used entries once over its byte bound', () => {
    const cache = new ByteLruCache(300);
    cache.set('a', 'a', 100);
    cache.set('b', 'b', 100);
    cache.set('c', 'c', 100);
    expect(cache.get('a')).toBe('a'); // a is now the most recent
    cache.set('d', 'd', 100);
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c'), cache.get('d')]).toEqual(['a', 'c', 'd']);
    expect(cache.bytes).toBe(300);
  });

  it('never keeps a value larger than the whole cache, and replaces a key in place', () => {
    const cache = new ByteLruCache(100);
    cache.set('huge', 'x', 101);
    expect(cache.size).toBe(0);
    cache.set('k', 'one', 40);
    cache.set('k', 'two', 60);
    expect(cache.get('k')).toBe('two');
    expect(cache.bytes).toBe(60);
  });

  it('shares one load between concurrent callers and does not cache failures', async () => {
    const cache = new ByteLruCache(10_000);
    let loads = 0;
    const load = async () => {
      loads += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { value: loads };
    };
    const [first, second] = await Promise.all([
      cache.getOrLoad('k', load),
      cache.getOrLoad('k', load),
    ]);
    expect(loads).toBe(1);
    expect(first).toBe(second);
    await expect(cache.getOrLoad('bad', () => Promise.reject(new Error('no')))).rejects.toThrow(
      'no',
    );
    expect(await cache.getOrLoad('bad', async () => 'fine')).toBe('fine');
  });

  it('estimates blobs by their bytes and objects by their JSON', () => {
    expect(estimateBytes(new Uint8Array(1000))).toBeGreaterThanOrEqual(1000);
    expect(estimateBytes({ text: 'x'.repeat(500) })).toBeGreaterThanOrEqual(1000);
  });
});
