import { CodeCommitError } from './errors.ts';
import { exceptionFor } from './exception-for.ts';
import { operationModel, shapeOf, type Shape } from './model.ts';

/**
 * Checks a parsed request body against the operation's input shape in the service model and
 * returns it ready for the handler: blob members (base64 on the wire) become Buffers.
 *
 * Wrong JSON types answer SerializationException, as AWS's JSON protocol does; a missing required
 * member, a string outside its length or pattern, or a value outside its enum answer the specific
 * exception the operation declares (see exceptionFor). Members the model does not know are dropped.
 */
export function validateInput(operation: string, input: unknown): Record<string, unknown> {
  const inputRef = operationModel(operation)?.input;
  if (!isObject(input)) throw serialization(`The request body must be a JSON object.`);
  if (!inputRef) return input;
  return checkStructure(new Checker(operation), input, inputRef.shape, '') as Record<
    string,
    unknown
  >;
}

class Checker {
  constructor(readonly operation: string) {}

  fail(
    kind: 'Required' | 'Invalid',
    member: string,
    shapeName: string,
    path: string,
    message: string,
  ): never {
    const code =
      exceptionFor(this.operation, kind, member, shapeName) ??
      (kind === 'Required'
        ? exceptionFor(this.operation, 'Invalid', member, shapeName)
        : undefined);
    throw new CodeCommitError(code ?? 'ValidationException', `${path}: ${message}`);
  }
}

function checkStructure(
  checker: Checker,
  value: Record<string, unknown>,
  shapeName: string,
  path: string,
): Record<string, unknown> {
  const shape = shapeOf(shapeName);
  const members = shape.members ?? {};
  const result: Record<string, unknown> = {};
  for (const member of shape.required ?? []) {
    const given = value[member];
    if (given === undefined || given === null || given === '') {
      const ref = members[member];
      checker.fail(
        'Required',
        member,
        ref?.shape ?? member,
        join(path, member),
        'a value is required but was not specified.',
      );
    }
  }
  for (const [member, ref] of Object.entries(members)) {
    const given = value[member];
    if (given === undefined || given === null) continue;
    result[member] = checkValue(checker, given, ref.shape, member, join(path, member));
  }
  return result;
}

function checkValue(
  checker: Checker,
  value: unknown,
  shapeName: string,
  member: string,
  path: string,
): unknown {
  const shape = shapeOf(shapeName);
  switch (shape.type) {
    case 'structure':
      if (!isObject(value)) throw serialization(`${path} must be a JSON object.`);
      return checkStructure(checker, value, shapeName, path);
    case 'list': {
      if (!Array.isArray(value)) throw serialization(`${path} must be a JSON array.`);
      checkCount(checker, shape, value.length, member, shapeName, path);
      const itemShape = shape.member?.shape ?? '';
      const items = containerHint(member, shapeName);
      return value.map((item, index) =>
        checkValue(checker, item, itemShape, items, `${path}[${index}]`),
      );
    }
    case 'map': {
      if (!isObject(value)) throw serialization(`${path} must be a JSON object.`);
      const entries = Object.entries(value);
      checkCount(checker, shape, entries.length, member, shapeName, path);
      const keyShape = shape.key?.shape ?? '';
      const valueShape = shape.value?.shape ?? '';
      const items = containerHint(member, shapeName);
      return Object.fromEntries(
        entries.map(([key, item]) => [
          checkValue(checker, key, keyShape, items, `${path} key`),
          checkValue(checker, item, valueShape, items, `${path}.${key}`),
        ]),
      );
    }
    case 'string':
      if (typeof value !== 'string') throw serialization(`${path} must be a string.`);
      checkString(checker, shape, value, member, shapeName, path);
      return value;
    case 'integer':
    case 'long':
      if (typeof value !== 'number' || !Number.isInteger(value))
        throw serialization(`${path} must be an integer.`);
      if (outsideRange(shape, value)) {
        checker.fail(
          'Invalid',
          member,
          shapeName,
          path,
          `${value} is outside ${shape.min ?? '-∞'}..${shape.max ?? '∞'}.`,
        );
      }
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw serialization(`${path} must be a boolean.`);
      return value;
    case 'timestamp':
      if (typeof value !== 'number')
        throw serialization(`${path} must be a timestamp in epoch seconds.`);
      return new Date(value * 1000);
    case 'blob':
      if (typeof value !== 'string' || !isBase64(value))
        throw serialization(`${path} must be base64-encoded.`);
      return Buffer.from(value, 'base64');
  }
}

function checkString(
  checker: Checker,
  shape: Shape,
  value: string,
  member: string,
  shapeName: string,
  path: string,
): void {
  if (shape.enum && !shape.enum.includes(value)) {
    checker.fail(
      'Invalid',
      member,
      shapeName,
      path,
      `${JSON.stringify(value)} is not one of ${shape.enum.join(', ')}.`,
    );
  }
  if (shape.min !== undefined && value.length < shape.min) {
    checker.fail(
      'Invalid',
      member,
      shapeName,
      path,
      `must be at least ${shape.min} characters long.`,
    );
  }
  if (shape.max !== undefined && value.length > shape.max) {
    checker.fail(
      'Invalid',
      member,
      shapeName,
      path,
      `must be at most ${shape.max} characters long.`,
    );
  }
  if (shape.pattern && !patternOf(shape.pattern).test(value)) {
    checker.fail(
      'Invalid',
      member,
      shapeName,
      path,
      `${JSON.stringify(value)} does not match the pattern ${shape.pattern}.`,
    );
  }
}

function checkCount(
  checker: Checker,
  shape: Shape,
  count: number,
  member: string,
  shapeName: string,
  path: string,
): void {
  if (outsideRange(shape, count)) {
    checker.fail(
      'Invalid',
      member,
      shapeName,
      path,
      `must have between ${shape.min ?? 0} and ${shape.max ?? '∞'} entries, not ${count}.`,
    );
  }
}

const outsideRange = (shape: Shape, value: number): boolean =>
  (shape.min !== undefined && value < shape.min) || (shape.max !== undefined && value > shape.max);

const patterns = new Map<string, RegExp>();
/** Model patterns are Java regular expressions matched against the whole value. */
function patternOf(pattern: string): RegExp {
  let regexp = patterns.get(pattern);
  if (!regexp) {
    regexp = new RegExp(`^(?:${pattern})$`);
    patterns.set(pattern, regexp);
  }
  return regexp;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isBase64 = (value: string): boolean =>
  /^[A-Za-z0-9+/]*={0,2}$/.test(value) && value.length % 4 === 0;

/** A bad list item or map entry is named after its container: a bad tag key is InvalidTagsMap. */
const containerHint = (member: string, containerShape: string): string =>
  `${member} ${containerShape}`;

const join = (path: string, member: string): string => (path ? `${path}.${member}` : member);

const serialization = (message: string): CodeCommitError =>
  new CodeCommitError('SerializationException', message);
