import { describe, expect, it } from 'vitest';
import { EditorEchoes } from './editor-echoes.ts';

describe('EditorEchoes', () => {
  it('takes a stale echo for an echo, even after more keys were reported', () => {
    const echoes = new EditorEchoes();
    echoes.reported('a');
    echoes.reported('ab');
    echoes.reported('abc');
    // React renders with "a" while the editor already holds "abc".
    expect(echoes.isFromOutside('a')).toBe(false);
    expect(echoes.isFromOutside('abc')).toBe(false);
  });

  it('follows a text typed, undone and typed again', () => {
    const echoes = new EditorEchoes();
    echoes.reported('a');
    echoes.reported('');
    echoes.reported('a');
    expect(echoes.isFromOutside('a')).toBe(false);
    expect(echoes.isFromOutside('')).toBe(false);
    expect(echoes.isFromOutside('a')).toBe(false);
  });

  it('takes a text never reported for one from outside', () => {
    const echoes = new EditorEchoes();
    echoes.reported('draft');
    expect(echoes.isFromOutside('reset')).toBe(true);
  });

  it('forgets settled reports: going back to an old text later comes from outside', () => {
    const echoes = new EditorEchoes();
    echoes.reported('one');
    echoes.reported('two');
    expect(echoes.isFromOutside('two')).toBe(false);
    expect(echoes.isFromOutside('one')).toBe(true);
  });

  it('settles older reports with a newer echo', () => {
    const echoes = new EditorEchoes();
    echoes.reported('x');
    echoes.reported('xy');
    expect(echoes.isFromOutside('xy')).toBe(false);
    // "x" was reported before "xy" came back: seen now, it is not an echo any more.
    expect(echoes.isFromOutside('x')).toBe(true);
  });
});
