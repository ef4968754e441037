import { describe, expect, it } from 'vitest';
import { archiveUrl, blobUrl } from './urls.ts';

describe('urls', () => {
  it('builds blob and archive addresses with encoded parts', () => {
    const blobId = 'a'.repeat(40);
    expect(blobUrl('shop', blobId)).toBe(`/api/repositories/shop/blobs/${blobId}`);
    expect(blobUrl('shop', blobId, { filePath: 'img/a b.png', download: true })).toBe(
      `/api/repositories/shop/blobs/${blobId}?filePath=img%2Fa+b.png&download=1`,
    );
    expect(archiveUrl('shop', { commitSpecifier: 'feature/x', folderPath: 'src' })).toBe(
      '/api/repositories/shop/archive?commitSpecifier=feature%2Fx&folderPath=src',
    );
    expect(archiveUrl('shop')).toBe('/api/repositories/shop/archive');
  });
});
