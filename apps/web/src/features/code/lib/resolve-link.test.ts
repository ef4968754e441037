import { describe, expect, it } from 'vitest';
import { resolveRepositoryLink } from './resolve-link.ts';

describe('resolveRepositoryLink', () => {
  it('resolves relative and root-relative links against the file that holds them', () => {
    expect(resolveRepositoryLink('docs/setup.md', 'README.md')).toEqual({
      path: 'docs/setup.md',
      hash: '',
    });
    expect(resolveRepositoryLink('../src/index.ts#L4', 'docs/guide.md')).toEqual({
      path: 'src/index.ts',
      hash: '#L4',
    });
    expect(resolveRepositoryLink('/LICENSE', 'docs/deep/page.md')).toEqual({
      path: 'LICENSE',
      hash: '',
    });
    expect(resolveRepositoryLink('./my%20file.md', 'README.md')).toEqual({
      path: 'my file.md',
      hash: '',
    });
  });

  it('leaves absolute URLs, anchors and escapes from the repository alone', () => {
    expect(resolveRepositoryLink('https://example.com', 'README.md')).toBeNull();
    expect(resolveRepositoryLink('mailto:a@b.c', 'README.md')).toBeNull();
    expect(resolveRepositoryLink('#usage', 'README.md')).toBeNull();
    expect(resolveRepositoryLink('../../etc/passwd', 'README.md')).toBeNull();
  });
});
