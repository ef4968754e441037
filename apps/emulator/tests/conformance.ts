import type { CodeCommitClient } from '@aws-sdk/client-codecommit';
import { Readable } from 'node:stream';
import { declaredErrors, operationModel, shapeOf } from '../src/protocol/model.ts';

/** Errors any operation may answer: authentication, authorization and the protocol itself. */
export const commonErrors = [
  'AccessDeniedException',
  'IncompleteSignatureException',
  'InvalidSignatureException',
  'MissingAuthenticationTokenException',
  'RequestEntityTooLargeException',
  'SerializationException',
  'UnrecognizedClientException',
];

/**
 * Checks every response a client receives against the service model: a success must match the
 * operation's output shape (required members present, no undeclared members, enums and types
 * right), an error must be one the operation declares. Problems collect in the returned list.
 *
 * @example
 * const problems = recordConformance(client);
 * await client.send(new GetRepositoryCommand({ repositoryName }));
 * expect(problems).toEqual([]);
 */
export function recordConformance(client: CodeCommitClient): string[] {
  const problems: string[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const operation = String(context.commandName ?? '').replace(/Command$/, '');
      const result = await next(args);
      const response = result.response as { statusCode: number; body: AsyncIterable<Uint8Array> };
      const chunks: Buffer[] = [];
      for await (const chunk of response.body) chunks.push(Buffer.from(chunk));
      const raw = Buffer.concat(chunks).toString('utf8');
      (result.response as { body: unknown }).body = Readable.from([Buffer.from(raw)]);
      const body = JSON.parse(raw || '{}') as Record<string, unknown>;
      if (response.statusCode >= 300) {
        const code = String(body.__type ?? '');
        if (!declaredErrors(operation).includes(code) && !commonErrors.includes(code)) {
          problems.push(`${operation}: undeclared error ${code} (${String(body.message)})`);
        }
      } else {
        const output = operationModel(operation)?.output?.shape;
        if (output) checkShape(body, output, operation, problems);
        else if (Object.keys(body).length > 0)
          problems.push(`${operation}: output where the model has none`);
      }
      return result;
    },
    { step: 'deserialize', priority: 'low', name: 'conformance' },
  );
  return problems;
}

export function checkShape(
  value: unknown,
  shapeName: string,
  path: string,
  problems: string[],
): void {
  const shape = shapeOf(shapeName);
  const problem = (message: string) => problems.push(`${path}: ${message}`);
  switch (shape.type) {
    case 'structure': {
      if (!isObject(value)) return void problem('expected an object');
      const members = shape.members ?? {};
      for (const required of shape.required ?? []) {
        if (value[required] === undefined || value[required] === null)
          problem(`required member ${required} missing`);
      }
      for (const [member, memberValue] of Object.entries(value)) {
        const ref = members[member];
        if (!ref) problem(`undeclared member ${member}`);
        else checkShape(memberValue, ref.shape, `${path}.${member}`, problems);
      }
      return;
    }
    case 'list':
      if (!Array.isArray(value)) return void problem('expected a list');
      value.forEach((item, index) =>
        checkShape(item, shape.member?.shape ?? '', `${path}[${index}]`, problems),
      );
      return;
    case 'map':
      if (!isObject(value)) return void problem('expected a map');
      for (const [key, item] of Object.entries(value)) {
        checkShape(key, shape.key?.shape ?? '', `${path} key`, problems);
        checkShape(item, shape.value?.shape ?? '', `${path}.${key}`, problems);
      }
      return;
    case 'string':
    case 'blob':
      if (typeof value !== 'string')
        return void problem(`expected a string, got ${JSON.stringify(value)}`);
      if (shape.enum && !shape.enum.includes(value))
        problem(`${value} is not one of ${shape.enum.join(', ')}`);
      return;
    case 'integer':
    case 'long':
      if (!Number.isInteger(value)) problem(`expected an integer, got ${JSON.stringify(value)}`);
      return;
    case 'timestamp':
      if (typeof value !== 'number')
        problem(`expected epoch seconds, got ${JSON.stringify(value)}`);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') problem(`expected a boolean, got ${JSON.stringify(value)}`);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
