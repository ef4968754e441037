import { describe, expect, it } from 'vitest';
import { isGenerated, isImage, isLargeDiff, LARGE_DIFF_LINES } from './stream-files.ts';

describe('isGenerated', () => {
  it('knows lock files and build output wherever they are', () => {
    expect(isGenerated('pnpm-lock.yaml')).toBe(true);
    expect(isGenerated('apps/web/package-lock.json')).toBe(true);
    expect(isGenerated('static/app.min.js')).toBe(true);
    expect(isGenerated('dist/index.js')).toBe(true);
    expect(isGenerated('api/user.pb.go')).toBe(true);
  });

  it('leaves source files alone', () => {
    expect(isGenerated('src/lock.ts')).toBe(false);
    expect(isGenerated('package.json')).toBe(false);
    expect(isGenerated('docs/distance.md')).toBe(false);
  });
});

describe('isImage', () => {
  it('knows pictures by extension, in any case, but not SVG source', () => {
    expect(isImage('logo.PNG')).toBe(true);
    expect(isImage('a/b/photo.jpeg')).toBe(true);
    expect(isImage('icon.svg')).toBe(false);
    expect(isImage('png')).toBe(false);
  });
});

describe('isLargeDiff', () => {
  it('holds back diffs with many lines or many bytes', () => {
    expect(isLargeDiff('a\n', 'b\n')).toBe(false);
    expect(isLargeDiff('', 'x\n'.repeat(LARGE_DIFF_LINES + 1))).toBe(true);
    expect(isLargeDiff('x'.repeat(300 * 1024), '')).toBe(true);
  });
});
