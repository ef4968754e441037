import { describe, expect, it } from 'vitest';
import { toWireJson } from './serialize.ts';

describe('toWireJson', () => {
  it('writes dates as epoch seconds and bytes as base64, at any depth, and leaves out empty members', () => {
    const output = {
      creationDate: new Date(1_700_000_000_500),
      fileContent: new Uint8Array([104, 105]),
      nested: { items: [{ at: new Date(0), bytes: Buffer.from('ok'), gone: undefined }] },
      none: null,
      missing: undefined,
      list: [1, null, 'x'],
      text: 'plain',
    };
    expect(JSON.parse(toWireJson(output))).toEqual({
      creationDate: 1_700_000_000.5,
      fileContent: 'aGk=',
      nested: { items: [{ at: 0, bytes: 'b2s=' }] },
      list: [1, null, 'x'],
      text: 'plain',
    });
  });

  it('writes an empty object for no output', () => {
    expect(toWireJson(undefined)).toBe('{}');
  });
});
