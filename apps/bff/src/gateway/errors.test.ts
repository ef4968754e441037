import {
  CodeCommitServiceException,
  RepositoryDoesNotExistException,
} from '@aws-sdk/client-codecommit';
import { describe, expect, it } from 'vitest';
import { GatewayError, mapCodeCommitError, statusForAwsError } from './errors.ts';

describe('AWS errors as HTTP statuses', () => {
  it.each([
    ['RepositoryDoesNotExistException', 404],
    ['FileDoesNotExistException', 404],
    ['AccessDeniedException', 403],
    ['UnrecognizedClientException', 403],
    ['RepositoryNameRequiredException', 400],
    ['InvalidRepositoryNameException', 400],
    ['FileContentSizeLimitExceededException', 400],
    ['ParentCommitIdOutdatedException', 409],
    ['BranchNameExistsException', 409],
    ['RepositoryNameExistsException', 409],
    ['ApprovalRuleNameAlreadyExistsException', 409],
    ['ThrottlingException', 429],
  ])('%s → %i', (name, status) => {
    expect(statusForAwsError(name, 'client')).toBe(status);
  });

  it('answers 502 for a CodeCommit fault', () => {
    expect(statusForAwsError('InternalFailure', 'server')).toBe(502);
  });

  it("keeps AWS's message and exception name", () => {
    const error = mapCodeCommitError(
      new RepositoryDoesNotExistException({ message: 'shop does not exist', $metadata: {} }),
    ) as GatewayError;
    expect(error).toBeInstanceOf(GatewayError);
    expect([error.status, error.message, error.code]).toEqual([
      404,
      'shop does not exist',
      'RepositoryDoesNotExistException',
    ]);
    const unknown = mapCodeCommitError(
      new CodeCommitServiceException({
        name: 'SomethingNewException',
        $fault: 'client',
        $metadata: {},
        message: 'new',
      }),
    ) as GatewayError;
    expect([unknown.status, unknown.code]).toEqual([400, 'SomethingNewException']);
  });

  it('reports an unreachable endpoint as 502 and leaves programming errors alone', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {
      code: 'ECONNREFUSED',
    });
    expect((mapCodeCommitError(refused) as GatewayError).status).toBe(502);
    const bug = new TypeError('x is undefined');
    expect(mapCodeCommitError(bug)).toBe(bug);
  });
});
