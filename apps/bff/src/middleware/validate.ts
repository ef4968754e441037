import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ZodType } from 'zod';

interface Issue {
  path: PropertyKey[];
  message: string;
}

/** "field: problem" for each issue, so the message names what to fix. */
export function describeIssues(issues: readonly Issue[]): string {
  return issues
    .map((issue) =>
      issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}

/**
 * Validation middleware: parses one part of the request with a zod schema and answers
 * 400 `{ error }` naming the field when it does not fit; handlers read `c.req.valid(target)`.
 *
 * @example
 * ```ts
 * app.post('/repositories', validate('json', createRepositorySchema), (c) => c.json(c.req.valid('json')))
 * ```
 */
export function validate<Schema extends ZodType, Target extends keyof ValidationTargets>(
  target: Target,
  schema: Schema,
) {
  return zValidator(target, schema, (result) => {
    if (!result.success)
      throw new HTTPException(400, { message: describeIssues(result.error.issues) });
  });
}
