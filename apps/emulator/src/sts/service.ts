import type { QueryOperation, QueryService } from '../query/serve.ts';
import { stsOperations } from './operations/index.ts';
import type { StsDependencies } from './types.ts';

/**
 * STS in the AWS Query protocol (GetCallerIdentity, AssumeRole, AssumeRoleWithWebIdentity),
 * each action bound to the emulator's roles, session tokens and identity providers.
 *
 * @example
 * handleQueryRequest(req, res, { services: [stsService(deps)], credentials, clock, defaultRegion });
 */
export function stsService(deps: StsDependencies): QueryService {
  const operations: Record<string, QueryOperation> = {};
  for (const [action, operation] of Object.entries(stsOperations)) {
    operations[action] = operation.signed
      ? { signed: true, run: (parameters, caller) => operation.run(parameters, caller, deps) }
      : { signed: false, run: (parameters) => operation.run(parameters, deps) };
  }
  return {
    signingName: 'sts',
    version: '2011-06-15',
    namespace: 'https://sts.amazonaws.com/doc/2011-06-15/',
    operations,
  };
}
