import { z } from 'zod';

/**
 * The settings for running several instances: `REDIS_URL` (Valkey or Redis, shared by every
 * instance), `BASE_PATH` (the path prefix the console is served under behind a proxy) and
 * `INSTANCE_ID` (sent as `X-Console-Instance`, so an operator can tell which instance answered).
 */
export interface SharedStateSettings {
  redisUrl: string | undefined;
  /** Starts and ends with `/`: `/` or `/console/`. */
  basePath: string;
  instanceId: string | undefined;
}

const redisUrl = z
  .url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' })
  .optional();

/** `/console`, `console/` and `/console/` all mean `/console/`; no query, dots or doubled slashes. */
const basePath = z
  .string()
  .regex(/^\/?([\w.~-]+\/?)*$/, 'must be a path such as /console/ (letters, digits, - . _ ~)')
  .refine((value) => !value.split('/').some((segment) => segment === '.' || segment === '..'), {
    error: 'must not contain . or .. segments',
  })
  .transform(normalizeBasePath)
  .optional();

/** INSTANCE_ID, also read by the BFF's settings module (config/settings.ts). */
export const instanceIdSchema = z
  .string()
  .regex(/^[\w.:-]{1,64}$/, 'must be 1-64 letters, digits, or - . _ :')
  .optional();

const schema = z.object({
  REDIS_URL: redisUrl,
  BASE_PATH: basePath,
  INSTANCE_ID: instanceIdSchema,
});

export function normalizeBasePath(value: string): string {
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Reads the settings from the environment; throws naming the variable at fault. */
export function readSharedStateSettings(
  env: Record<string, string | undefined> = process.env,
): SharedStateSettings {
  const given = Object.fromEntries(
    ['REDIS_URL', 'BASE_PATH', 'INSTANCE_ID'].map((name) => [name, env[name] || undefined]),
  );
  const parsed = schema.safeParse(given);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'setting');
    // A Redis URL may hold a password: never echo it.
    const shown = name === 'REDIS_URL' ? 'the value given' : given[name];
    throw new Error(`${name}: ${shown} ${issue?.message ?? 'is not valid'}`);
  }
  return {
    redisUrl: parsed.data.REDIS_URL,
    basePath: parsed.data.BASE_PATH ?? '/',
    instanceId: parsed.data.INSTANCE_ID,
  };
}
