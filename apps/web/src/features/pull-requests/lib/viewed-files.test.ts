import { describe, expect, it } from 'vitest';
import { viewedStore } from './viewed-files.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('viewed files', () => {
  it('keeps a mark only while the file is the blob that was viewed', () => {
    const storage = memoryStorage();
    const store = viewedStore('repo/1', storage);
    store.setViewed('src/a.ts', 'blob-1', true);
    expect(store.isViewed('src/a.ts', 'blob-1')).toBe(true);
    expect(viewedStore('repo/1', storage).isViewed('src/a.ts', 'blob-1')).toBe(true);
    expect(store.isViewed('src/a.ts', 'blob-2')).toBe(false);
    expect(viewedStore('repo/2', storage).isViewed('src/a.ts', 'blob-1')).toBe(false);
    store.setViewed('src/a.ts', 'blob-1', false);
    expect(store.isViewed('src/a.ts', 'blob-1')).toBe(false);
  });
});
