import { QueryError } from '../query/query-error.ts';
import { parameterReader, type TextLimits } from '../query/parameter-reader.ts';

const namePattern = /^[\w+=,.@-]*$/;

/**
 * The request members of AssumeRole and AssumeRoleWithWebIdentity, checked against the limits of
 * the AWS STS API Reference: RoleArn 20-2048 characters, RoleSessionName and SourceIdentity 2-64
 * of `[\w+=,.@-]`, DurationSeconds 900-43200 (default 3600), WebIdentityToken 4-20000.
 * Every problem is collected, then `done()` throws one ValidationError naming them all.
 *
 * @example
 * const read = readParameters(parameters);
 * const roleArn = read.roleArn(); const seconds = read.durationSeconds(); read.done();
 */
export const readParameters = (parameters: URLSearchParams) => {
  const reader = parameterReader(parameters);
  const { problems } = reader;
  const text = (name: string, member: string, limits: TextLimits) =>
    reader.text(name, member, limits);
  return {
    roleArn: () => text('RoleArn', 'roleArn', { min: 20, max: 2048, required: true }),
    roleSessionName: () =>
      text('RoleSessionName', 'roleSessionName', {
        min: 2,
        max: 64,
        pattern: namePattern,
        required: true,
      }),
    sourceIdentity: () =>
      text('SourceIdentity', 'sourceIdentity', {
        min: 2,
        max: 64,
        pattern: namePattern,
        required: false,
      }),
    webIdentityToken: () =>
      text('WebIdentityToken', 'webIdentityToken', { min: 4, max: 20000, required: true }),
    durationSeconds: (): number => {
      const raw = parameters.get('DurationSeconds');
      if (raw === null) return 3600;
      const seconds = Number(raw);
      const quoted = `Value '${raw}' at 'durationSeconds' failed to satisfy constraint:`;
      if (!/^\d+$/.test(raw) || !Number.isSafeInteger(seconds))
        problems.push(`${quoted} Member must be a whole number of seconds`);
      else if (seconds < 900)
        problems.push(`${quoted} Member must have value greater than or equal to 900`);
      else if (seconds > 43200)
        problems.push(`${quoted} Member must have value less than or equal to 43200`);
      return seconds;
    },
    /** Throws ValidationError listing every problem found so far. */
    done(): void {
      // Session policies narrow what a session may do; ignoring one would grant more than asked.
      const policies = ['Policy', 'PolicyArns.member.1'].filter((name) => parameters.has(name));
      if (policies.length > 0)
        throw new QueryError(
          'ValidationError',
          `The emulator does not apply session policies (${policies.join(', ')}): leave them out.`,
        );
      reader.done();
    },
  };
};
