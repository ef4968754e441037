import { describe, expect, it } from 'vitest';
import { createZipEntryCounter, dispositionFileName } from './zip-progress.ts';

const header = [0x50, 0x4b, 0x03, 0x04];

describe('createZipEntryCounter', () => {
  it('counts headers, including one split across chunks', () => {
    const count = createZipEntryCounter();
    expect(count(new Uint8Array([...header, 1, 2, 3, 0x50, 0x4b]))).toBe(1);
    expect(count(new Uint8Array([0x03, 0x04, 9, 9]))).toBe(2);
    expect(count(new Uint8Array([7, 7, 7]))).toBe(2);
  });
});

describe('dispositionFileName', () => {
  it('prefers the UTF-8 name, then the plain one, then the fallback', () => {
    expect(
      dispositionFileName(`attachment; filename="a.zip"; filename*=UTF-8''d%C3%A9mo.zip`, 'x.zip'),
    ).toBe('démo.zip');
    expect(dispositionFileName('attachment; filename="demo-main.zip"', 'x.zip')).toBe(
      'demo-main.zip',
    );
    expect(dispositionFileName(null, 'x.zip')).toBe('x.zip');
  });
});
