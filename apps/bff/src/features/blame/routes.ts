import { blameQuerySchema, type BlameEvent } from '@cc/shared/blame';
import { repositoryParamsSchema } from '@cc/shared/repositories';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { stream } from 'hono/streaming';
import type { AppEnv } from '../../env.ts';
import { GatewayError } from '../../gateway/errors.ts';
import { isCommitId } from '../../gateway/gateway.ts';
import { validate } from '../../middleware/validate.ts';
import { IMMUTABLE } from '../code/routes.ts';
import { blame } from './blame.ts';

/** A failure after the first line was sent can only be told in the stream itself. */
function errorEvent(error: unknown): BlameEvent {
  if (error instanceof GatewayError)
    return { type: 'error', error: error.message, ...(error.code ? { code: error.code } : {}) };
  if (error instanceof HTTPException) return { type: 'error', error: error.message };
  console.error(error);
  return { type: 'error', error: 'Internal error' };
}

/**
 * `GET /:repositoryName/blame?commitSpecifier=&filePath=`: NDJSON, one `BlameEvent` a line. The
 * first event is read before the answer starts, so a missing file or a bad ref is a plain 4xx.
 * `no-transform` keeps compression from holding lines back.
 */
export const blameRoutes = new Hono<AppEnv>().get(
  '/:repositoryName/blame',
  validate('param', repositoryParamsSchema),
  validate('query', blameQuerySchema),
  async (c) => {
    const { repositoryName } = c.req.valid('param');
    const query = c.req.valid('query');
    const events = blame(c.var.codeCommit, { repositoryName, ...query });
    const first = await events.next();
    c.header('Content-Type', 'application/x-ndjson; charset=utf-8');
    c.header(
      'Cache-Control',
      isCommitId(query.commitSpecifier) ? `${IMMUTABLE}, no-transform` : 'no-store, no-transform',
    );
    return stream(c, async (out) => {
      if (first.done) return;
      await out.write(`${JSON.stringify(first.value)}\n`);
      try {
        for await (const event of events) await out.write(`${JSON.stringify(event)}\n`);
      } catch (error) {
        await out.write(`${JSON.stringify(errorEvent(error))}\n`);
      }
    });
  },
);
