import { CodeCommitError } from './errors.ts';
import { awsMessage } from './aws-messages.ts';
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

  /**
   * Throws the exception the operation declares for this member, with CodeCommit's message for
   * it (see awsMessage); when it declares none, ValidationException in the words AWS's request
   * validation uses: "1 validation error detected: Value 'x' at 'path' failed to satisfy
   * constraint: Member must ..." (the form AWS JSON services answer, as recorded in public test
   * suites and issues for Cognito, Kinesis, CloudFormation and others).
   */
  fail(
    kind: 'Required' | 'Invalid',
    member: string,
    shapeName: string,
    path: string,
    problem: { value: unknown; constraint: string },
  ): never {
    const code =
      exceptionFor(this.operation, kind, member, shapeName) ??
      (kind === 'Required'
        ? exceptionFor(this.operation, 'Invalid', member, shapeName)
        : undefined);
    const validation = `1 validation error detected: Value ${shown(problem.value)} at '${path}' failed to satisfy constraint: ${problem.constraint}`;
    throw code
      ? new CodeCommitError(code, awsMessage(code) ?? validation)
      : new CodeCommitError('ValidationException', validation);
  }
}

/** A value as AWS's validation messages show it: 'text', a number, or null. */
const shown = (value: unknown): string =>
  value === undefined || value === null
    ? 'null'
    : typeof value === 'string'
      ? `'${value}'`
      : typeof value === 'number'
        ? String(value)
        : `'${JSON.stringify(value)}'`;

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
      checker.fail('Required', member, ref?.shape ?? member, join(path, member), {
        value: given,
        constraint:
          given === ''
            ? 'Member must have length greater than or equal to 1'
            : 'Member must not be null',
      });
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
        checker.fail('Invalid', member, shapeName, path, {
          value,
          constraint:
            shape.min !== undefined && value < shape.min
              ? `Member must have value greater than or equal to ${shape.min}`
              : `Member must have value less than or equal to ${shape.max ?? ''}`,
        });
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
    checker.fail('Invalid', member, shapeName, path, {
      value,
      constraint: `Member must satisfy enum value set: [${shape.enum.join(', ')}]`,
    });
  }
  if (shape.min !== undefined && value.length < shape.min) {
    checker.fail('Invalid', member, shapeName, path, {
      value,
      constraint: `Member must have length greater than or equal to ${shape.min}`,
    });
  }
  if (shape.max !== undefined && value.length > shape.max) {
    checker.fail('Invalid', member, shapeName, path, {
      value,
      constraint: `Member must have length less than or equal to ${shape.max}`,
    });
  }
  if (shape.pattern && !patternOf(shape.pattern).test(value)) {
    checker.fail('Invalid', member, shapeName, path, {
      value,
      constraint: `Member must satisfy regular expression pattern: ${shape.pattern}`,
    });
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
    checker.fail('Invalid', member, shapeName, path, {
      value: count,
      constraint:
        shape.min !== undefined && count < shape.min
          ? `Member must have length greater than or equal to ${shape.min}`
          : `Member must have length less than or equal to ${shape.max ?? ''}`,
    });
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
