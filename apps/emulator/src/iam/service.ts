import type { QueryOperation, QueryService } from '../query/serve.ts';
import { sshPublicKeyOperations, type IamDependencies } from './operations/ssh-public-keys.ts';

/**
 * The slice of IAM that CodeCommit's SSH access needs, in the AWS Query protocol (Version
 * 2010-05-08): UploadSSHPublicKey, ListSSHPublicKeys, GetSSHPublicKey, UpdateSSHPublicKey and
 * DeleteSSHPublicKey, as `aws iam upload-ssh-public-key` calls them.
 *
 * @example
 * handleQueryRequest(req, res, { services: [sts, iamService(deps)], credentials, clock, defaultRegion });
 */
export function iamService(deps: IamDependencies): QueryService {
  const operations: Record<string, QueryOperation> = {};
  for (const [action, run] of Object.entries(sshPublicKeyOperations))
    operations[action] = {
      signed: true,
      run: (parameters, caller) => run(parameters, caller, deps),
    };
  return {
    signingName: 'iam',
    version: '2010-05-08',
    namespace: 'https://iam.amazonaws.com/doc/2010-05-08/',
    operations,
  };
}
