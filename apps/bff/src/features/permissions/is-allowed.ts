import { GatewayError } from '../../gateway/errors.ts';

/**
 * Whether IAM let an attempt through. The attempt is a call made with input CodeCommit refuses
 * after authorizing (a name it never accepts, a file or branch that cannot exist), so the answer
 * changes nothing. CodeCommit has no call that lists a caller's permissions; IAM decides before
 * the service looks at the input, so AccessDenied means no and any other answer means yes.
 */
export async function isAllowed(attempt: () => Promise<unknown>): Promise<boolean> {
  try {
    await attempt();
    return true;
  } catch (error) {
    if (error instanceof GatewayError && error.status === 403) return false;
    if (error instanceof GatewayError) return true;
    throw error;
  }
}
