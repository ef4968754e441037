import { describe, expect, it } from 'vitest';
import { repositoryNameProblem, tagsFromRows, tagsProblem } from './validate-repository.ts';

describe('repositoryNameProblem', () => {
  it('accepts the characters CodeCommit accepts', () => {
    expect(repositoryNameProblem('my_repo-1.0')).toBeUndefined();
  });

  it('names each problem', () => {
    expect(repositoryNameProblem('')).toMatch(/Enter/);
    expect(repositoryNameProblem('a'.repeat(101))).toMatch(/100/);
    expect(repositoryNameProblem('has space')).toMatch(/letters/);
    expect(repositoryNameProblem('repo.git')).toMatch(/\.git/);
  });
});

describe('tags', () => {
  it('refuses duplicate keys and reserved prefixes', () => {
    expect(
      tagsProblem([
        { key: 'team', value: 'a' },
        { key: 'team', value: 'b' },
      ]),
    ).toMatch(/twice/);
    expect(tagsProblem([{ key: 'aws:owner', value: 'x' }])).toMatch(/reserved/);
    expect(tagsProblem([{ key: '', value: 'orphan' }])).toMatch(/key/);
  });

  it('skips empty rows', () => {
    expect(tagsProblem([{ key: '', value: '' }])).toBeUndefined();
    expect(tagsFromRows([{ key: '', value: '' }])).toBeUndefined();
    expect(tagsFromRows([{ key: 'team', value: 'core' }])).toEqual({ team: 'core' });
  });
});
