import { describe, expect, it } from 'vitest';
import { exceptionFor } from './exception-for.ts';
import { declaredErrors, serviceModel, shapeOf } from './model.ts';
import { validateInput } from './validate.ts';

const codeOf = (operation: string, input: unknown): string | undefined => {
  try {
    validateInput(operation, input);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('validateInput', () => {
  it('answers the exception the operation declares for each kind of problem', () => {
    expect(codeOf('GetRepository', {})).toBe('RepositoryNameRequiredException');
    expect(codeOf('GetRepository', { repositoryName: 'bad name' })).toBe(
      'InvalidRepositoryNameException',
    );
    expect(codeOf('UpdateDefaultBranch', { repositoryName: 'r' })).toBe(
      'BranchNameRequiredException',
    );
    expect(codeOf('GetDifferences', { repositoryName: 'r' })).toBe('CommitRequiredException');
    expect(codeOf('BatchGetCommits', { repositoryName: 'r' })).toBe(
      'CommitIdsListRequiredException',
    );
    expect(codeOf('UpdateRepositoryEncryptionKey', { repositoryName: 'r', kmsKeyId: 'a b' })).toBe(
      'EncryptionKeyInvalidIdException',
    );
    expect(codeOf('ListRepositories', { order: 'sideways' })).toBe('InvalidOrderException');
    expect(codeOf('GetRepository', { repositoryName: ['r'] })).toBe('SerializationException');
    expect(codeOf('GetRepository', [])).toBe('SerializationException');
  });

  it('speaks as CodeCommit does: its recorded or documented message, else AWS validation wording', () => {
    const messageOf = (operation: string, input: unknown): string | undefined => {
      try {
        validateInput(operation, input);
        return undefined;
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(messageOf('GetRepository', { repositoryName: 'bad name' })).toMatch(
      /^The repository name is not valid\. Repository names can be any valid combination/,
    );
    expect(messageOf('UpdateDefaultBranch', { repositoryName: 'r' })).toBe(
      'A branch name is required, but was not specified.',
    );
    expect(messageOf('ListFileCommitHistory', { repositoryName: 'r' })).toBe(
      "1 validation error detected: Value null at 'filePath' failed to satisfy constraint: Member must not be null",
    );
  });

  it('decodes blobs and timestamps and drops members the model does not know', () => {
    const input = validateInput('PutFile', {
      repositoryName: 'r',
      branchName: 'main',
      filePath: 'a',
      fileContent: 'aGk=',
      extra: 1,
    });
    expect(input.fileContent).toEqual(Buffer.from('hi'));
    expect(input).not.toHaveProperty('extra');
    expect(
      codeOf('PutFile', {
        repositoryName: 'r',
        branchName: 'main',
        filePath: 'a',
        fileContent: 'not base64!',
      }),
    ).toBe('SerializationException');
  });

  it('finds a declared exception for nearly every required member in the model', () => {
    const undeclared: string[] = [];
    for (const [operation, model] of Object.entries(serviceModel.operations)) {
      const shape = model.input ? shapeOf(model.input.shape) : undefined;
      for (const member of shape?.required ?? []) {
        const memberShape = shape?.members?.[member]?.shape ?? '';
        const code =
          exceptionFor(operation, 'Required', member, memberShape) ??
          exceptionFor(operation, 'Invalid', member, memberShape);
        if (!code || !declaredErrors(operation).includes(code))
          undeclared.push(`${operation}.${member}: ${code}`);
      }
    }
    // The model declares no path exception at all for ListFileCommitHistory: it gets ValidationException.
    expect(undeclared).toEqual(['ListFileCommitHistory.filePath: undefined']);
  });
});
