import { createMiddleware } from 'hono/factory';
import { codeCommitCallSummary, countCodeCommitCalls } from '../gateway/call-counter.ts';
import type { AppEnv } from '../env.ts';

export const CALLS_HEADER = 'X-CodeCommit-Calls';

/** `Cache-Control: no-cache` or `max-age=0`: what a browser sends when a person asks for fresh. */
const REVALIDATE = /(?:^|,)\s*(?:no-cache|max-age\s*=\s*0)\s*(?:,|$)/i;

/**
 * Counts the CodeCommit calls each request makes and reports them in `X-CodeCommit-Calls`,
 * so anyone can see what a view costs (a warm view costs 0). A request carrying
 * `Cache-Control: no-cache` (or `max-age=0`) has branch tips and lists asked for again instead
 * of reused from the last few seconds.
 *
 * @example
 * ```ts
 * app.use('/api/*', codeCommitCallsHeader())
 * ```
 */
export function codeCommitCallsHeader() {
  return createMiddleware<AppEnv>((c, next) =>
    countCodeCommitCalls(
      async () => {
        await next();
        const summary = codeCommitCallSummary();
        c.set('codeCommitCalls', summary);
        c.res.headers.set(CALLS_HEADER, String(summary.calls));
      },
      { revalidate: REVALIDATE.test(c.req.header('Cache-Control') ?? '') },
    ),
  );
}
