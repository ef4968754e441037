import { validationError } from './query-error.ts';

export interface TextLimits {
  min: number;
  max: number;
  pattern?: RegExp;
  required: boolean;
}

/**
 * Reads a Query call's parameters against their limits in the service model, collecting every
 * problem in AWS's words (`Value 'x' at 'userName' failed to satisfy constraint: …`); `done()`
 * throws one ValidationError naming them all.
 *
 * @example
 * const read = parameterReader(parameters);
 * const userName = read.text('UserName', 'userName', { min: 1, max: 64, required: true });
 * read.done();
 */
export function parameterReader(parameters: URLSearchParams) {
  const problems: string[] = [];
  return {
    problems,
    text(name: string, member: string, limits: TextLimits): string | undefined {
      const value = parameters.get(name) ?? undefined;
      if (value === undefined) {
        if (limits.required)
          problems.push(
            `Value null at '${member}' failed to satisfy constraint: Member must not be null`,
          );
        return undefined;
      }
      const quoted = `Value '${value}' at '${member}' failed to satisfy constraint:`;
      if (value.length < limits.min)
        problems.push(`${quoted} Member must have length greater than or equal to ${limits.min}`);
      else if (value.length > limits.max)
        problems.push(`${quoted} Member must have length less than or equal to ${limits.max}`);
      else if (limits.pattern && !limits.pattern.test(value))
        problems.push(
          `${quoted} Member must satisfy regular expression pattern: ${limits.pattern.source.slice(1, -1)}`,
        );
      return value;
    },
    /** One of `values`, e.g. Status: Active or Inactive. */
    oneOf<Value extends string>(
      name: string,
      member: string,
      values: readonly Value[],
      required: boolean,
    ): Value | undefined {
      const value = parameters.get(name) ?? undefined;
      if (value === undefined) {
        if (required)
          problems.push(
            `Value null at '${member}' failed to satisfy constraint: Member must not be null`,
          );
        return undefined;
      }
      if (!(values as readonly string[]).includes(value)) {
        problems.push(
          `Value '${value}' at '${member}' failed to satisfy constraint: Member must satisfy enum value set: [${values.join(', ')}]`,
        );
        return undefined;
      }
      return value as Value;
    },
    /** Throws ValidationError listing every problem found so far. */
    done(): void {
      if (problems.length > 0) throw validationError(problems);
    },
  };
}
