import { createMiddleware } from 'hono/factory';
import { codeCommitCalls, countCodeCommitCalls } from '../gateway/call-counter.ts';

export const CALLS_HEADER = 'X-CodeCommit-Calls';

/**
 * Counts the CodeCommit calls each request makes and reports them in `X-CodeCommit-Calls`,
 * so anyone can see what a view costs (a warm view of unchanging data costs 0).
 *
 * @example
 * ```ts
 * app.use('/api/*', codeCommitCallsHeader())
 * ```
 */
export function codeCommitCallsHeader() {
  return createMiddleware((c, next) =>
    countCodeCommitCalls(async () => {
      await next();
      c.res.headers.set(CALLS_HEADER, String(codeCommitCalls()));
    }),
  );
}
