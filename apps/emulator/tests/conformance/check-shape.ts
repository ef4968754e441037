import { shapeNamed } from './service-shapes.ts';

/** Epoch seconds between 2001 and 2286: a millisecond count or an ISO string is out of range. */
const isEpochSeconds = (value: number): boolean => value >= 1e9 && value < 1e10;

const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const describe = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : `${typeof value} ${JSON.stringify(value)}`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a JSON value as the AWS JSON 1.1 protocol would put the model's shape on the wire:
 * structures with their required members and no others, strings within their enum, integers and
 * longs as whole numbers, timestamps as epoch seconds, blobs as base64 strings, lists and maps
 * member by member. Returns one line per problem, each naming the path where it is.
 *
 * @example
 * checkShape({ repositoryMetadata: {} }, 'GetRepositoryOutput', 'GetRepository') // []
 */
export function checkShape(value: unknown, shapeName: string, path: string): string[] {
  const shape = shapeNamed(shapeName);
  if (!shape) return [`${path}: the model has no shape ${shapeName}`];
  const wrong = (expected: string): string[] => [
    `${path}: expected ${expected} (${shapeName}), got ${describe(value)}`,
  ];
  switch (shape.type) {
    case 'structure': {
      if (!isRecord(value)) return wrong('an object');
      const members = shape.members ?? {};
      const problems: string[] = [];
      for (const name of shape.required ?? []) {
        if (value[name] === undefined) problems.push(`${path}.${name}: required member missing`);
      }
      for (const [name, member] of Object.entries(value)) {
        const declared = members[name];
        if (!declared) problems.push(`${path}.${name}: member not declared by ${shapeName}`);
        else problems.push(...checkShape(member, declared.shape, `${path}.${name}`));
      }
      return problems;
    }
    case 'list': {
      if (!Array.isArray(value)) return wrong('an array');
      const member = shape.member?.shape ?? '';
      return value.flatMap((item, index) => checkShape(item, member, `${path}[${index}]`));
    }
    case 'map': {
      if (!isRecord(value)) return wrong('an object');
      const key = shape.key?.shape ?? '';
      const item = shape.value?.shape ?? '';
      return Object.entries(value).flatMap(([name, entry]) => [
        ...checkShape(name, key, `${path} key ${JSON.stringify(name)}`),
        ...checkShape(entry, item, `${path}[${JSON.stringify(name)}]`),
      ]);
    }
    case 'string':
      if (typeof value !== 'string') return wrong('a string');
      return shape.enum && !shape.enum.includes(value)
        ? [
            `${path}: ${JSON.stringify(value)} is not one of ${shape.enum.join(', ')} (${shapeName})`,
          ]
        : [];
    case 'integer':
    case 'long':
      return typeof value === 'number' && Number.isInteger(value) ? [] : wrong('a whole number');
    case 'boolean':
      return typeof value === 'boolean' ? [] : wrong('a boolean');
    case 'timestamp':
      return typeof value === 'number' && isEpochSeconds(value)
        ? []
        : wrong('a timestamp in epoch seconds');
    case 'blob':
      return typeof value === 'string' && base64.test(value) ? [] : wrong('a base64 string');
  }
}
