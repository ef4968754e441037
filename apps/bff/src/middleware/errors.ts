import type { ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { GatewayError } from '../gateway/errors.ts';

/**
 * Turns what a handler threw into `{ error, code? }` JSON: CodeCommit's refusals with AWS's
 * message and the status it maps to, request problems with their 4xx, and anything else as a
 * 500 whose details stay in the server log.
 *
 * @example
 * ```ts
 * app.onError(apiErrorHandler())
 * ```
 */
export function apiErrorHandler(): ErrorHandler {
  return (error, c) => {
    if (error instanceof GatewayError) {
      return c.json(
        { error: error.message, ...(error.code ? { code: error.code } : {}) },
        error.status,
      );
    }
    if (error instanceof HTTPException) {
      const status = error.status === 413 || error.status < 500 ? error.status : 400;
      return c.json({ error: error.message || 'Bad request' }, status);
    }
    console.error(error);
    return c.json({ error: 'Internal error' }, 500);
  };
}
