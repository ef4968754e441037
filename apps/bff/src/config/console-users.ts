import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * A person who may sign in to the console, and the AWS identity the BFF uses for them:
 * a named AWS profile; a role the BFF assumes with RoleSessionName = userName (so CodeCommit
 * records who did what); or the SDK's default credential chain (one person on a laptop).
 */
export interface ConsoleUser {
  userName: string;
  description?: string;
  profile?: string;
  roleArn?: string;
  defaultCredentials?: boolean;
}

export const consoleUserSchema = z
  .object({
    userName: z
      .string()
      .min(1, 'userName is required')
      .max(64, 'userName is at most 64 characters')
      .regex(
        /^[\w+=,.@-]+$/,
        'userName may hold letters, digits and + = , . @ _ - (it becomes a role session name)',
      ),
    description: z.string().max(256).optional(),
    profile: z.string().min(1).optional(),
    roleArn: z
      .string()
      .regex(/^arn:aws[\w-]*:iam::\d{12}:role\/.+$/, 'roleArn must be an IAM role ARN')
      .optional(),
    defaultCredentials: z.boolean().optional(),
  })
  .strict()
  .refine(
    (user) =>
      [user.profile, user.roleArn, user.defaultCredentials || undefined].filter(Boolean).length ===
      1,
    {
      message: 'each user needs exactly one of profile, roleArn or defaultCredentials: true',
    },
  );

/**
 * The console users file:
 *
 * ```json
 * {
 *   "users": [
 *     { "userName": "alice", "description": "Team lead", "profile": "alice" },
 *     { "userName": "bob", "roleArn": "arn:aws:iam::123456789012:role/CodeCommitDeveloper" },
 *     { "userName": "me", "defaultCredentials": true }
 *   ]
 * }
 * ```
 */
export const consoleUsersFileSchema = z
  .object({ users: z.array(consoleUserSchema).min(1, 'users needs at least one user') })
  .refine((file) => new Set(file.users.map((user) => user.userName)).size === file.users.length, {
    message: 'userName values must be unique',
  });

/** Reads and checks a console users file; throws with the file name and the first problem found. */
export function loadConsoleUsers(file: string): ConsoleUser[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read console users from ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const parsed = consoleUsersFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new Error(`Invalid console users file ${file}${where}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data.users;
}
