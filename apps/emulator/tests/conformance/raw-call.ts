import { ListRepositoriesCommand, type CodeCommitClient } from '@aws-sdk/client-codecommit';
import type { Readable } from 'node:stream';

/** What the emulator answered, before any SDK parsing. */
export interface RawAnswer {
  status: number;
  /** The body parsed as JSON; undefined when it was empty. */
  body: unknown;
  text: string;
}

interface WireRequest {
  headers: Record<string, string>;
  body?: unknown;
}

interface WireResponse {
  statusCode: number;
  body: Readable;
}

/** Carries the raw answer out of the SDK's middleware stack, past its deserializer. */
class Answered extends Error {
  constructor(readonly answer: RawAnswer) {
    super('answered');
  }
}

const readAll = async (stream: Readable): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
};

/**
 * Calls any operation with any JSON body, signed with SigV4 by the real SDK client, and returns the
 * raw answer: the body is swapped in before signing, and the response is taken before the SDK
 * reads it, so neither the SDK's serializer nor its parser hides what went over the wire.
 *
 * @example
 * const call = rawCaller(emulator.client('reader'));
 * const { status, body } = await call('GetRepository', { repositoryName: 'demo' });
 */
export function rawCaller(
  client: CodeCommitClient,
): (operation: string, input: unknown) => Promise<RawAnswer> {
  return async (operation, input) => {
    const command = new ListRepositoriesCommand({});
    command.middlewareStack.add(
      (next) => (args) => {
        const request = args.request as WireRequest;
        const body = JSON.stringify(input);
        for (const name of Object.keys(request.headers)) {
          if (['x-amz-target', 'content-length'].includes(name.toLowerCase()))
            delete request.headers[name];
        }
        request.headers['x-amz-target'] = `CodeCommit_20150413.${operation}`;
        request.headers['content-length'] = String(Buffer.byteLength(body));
        request.body = body;
        return next(args);
      },
      { step: 'build', priority: 'low' },
    );
    command.middlewareStack.add(
      (next) => async (args) => {
        const { response } = await next(args);
        const { statusCode, body } = response as WireResponse;
        const text = await readAll(body);
        let parsed: unknown;
        try {
          parsed = text === '' ? undefined : (JSON.parse(text) as unknown);
        } catch {
          parsed = text;
        }
        throw new Answered({ status: statusCode, body: parsed, text });
      },
      { step: 'deserialize', priority: 'low' },
    );
    try {
      await client.send(command);
    } catch (error) {
      if (error instanceof Answered) return error.answer;
      throw error;
    }
    throw new Error(`${operation}: the SDK returned without an answer`);
  };
}
