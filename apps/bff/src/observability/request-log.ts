import type { Context } from 'hono';
import { pinoLogger } from 'hono-pino';
import { routePath } from 'hono/route';
import type { Logger } from 'pino';
import type { AppEnv } from '../env.ts';

/** The route pattern that answered, e.g. `/api/repositories/:repositoryName`: few and bounded. */
export function routeOf(c: Context): string {
  try {
    return routePath(c);
  } catch {
    return 'unmatched';
  }
}

/**
 * One line per request, when it is answered: request id (`X-Request-Id`, from `requestId()`),
 * person, method, route, path, status, duration in milliseconds and the CodeCommit calls it
 * made, with throttles and retries. Query strings are left out (an OIDC callback's carries its
 * code); cookies and credentials in headers are redacted by the logger.
 *
 * @example
 * ```ts
 * app.use(requestId(), requestLog(logger))
 * ```
 */
export function requestLog(logger: Logger) {
  return pinoLogger<'logger'>({
    pino: logger,
    http: {
      referRequestIdKey: 'requestId',
      onReqBindings: (c) => ({
        req: { method: c.req.method, path: c.req.path, headers: c.req.header() },
      }),
      onResBindings: (c) => {
        const context = c as unknown as Context<AppEnv>;
        const person = context.get('session')?.person;
        const codeCommit = context.get('codeCommitCalls');
        return {
          route: routeOf(c),
          res: { status: c.res.status },
          ...(person ? { person: { id: person.id, name: person.name } } : {}),
          ...(codeCommit ? { codeCommit } : {}),
        };
      },
      onResLevel: (c) => (c.res.status >= 500 ? 'error' : 'info'),
      onResMessage: (c) => `${c.req.method} ${c.req.path} ${c.res.status}`,
    },
  });
}
