import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';

describe('decodeText', () => {
  it('decodes UTF-8 text', () => {
    expect(decodeText(new TextEncoder().encode('héllo\n'))).toEqual({
      isBinary: false,
      size: 7,
      text: 'héllo\n',
    });
  });

  it('calls bytes with a NUL binary, as git does', () => {
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x00, 0x01]))).toEqual({
      isBinary: true,
      size: 4,
    });
  });
});
