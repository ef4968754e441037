import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { instanceIdSchema } from '../shared-state/settings.ts';
import { isLoopback, signInSettingsSchema, type SignInSettings } from '../sign-in/settings.ts';

/** Each setting's environment variable; the config file uses the setting's own name. */
const ENV_NAMES = {
  host: 'HOST',
  port: 'PORT',
  publicUrl: 'PUBLIC_URL',
  basePath: 'BASE_PATH',
  trustedProxies: 'TRUSTED_PROXIES',
  sessionSecret: 'SESSION_SECRET',
  staticDir: 'STATIC_DIR',
  cacheBytes: 'CACHE_BYTES',
  branchTipSeconds: 'BRANCH_TIP_SECONDS',
  listCacheSeconds: 'LIST_CACHE_SECONDS',
  maxConcurrentCalls: 'MAX_CONCURRENT_CALLS',
  redisUrl: 'REDIS_URL',
  instanceId: 'INSTANCE_ID',
  regions: 'CODECOMMIT_REGIONS',
  logLevel: 'LOG_LEVEL',
  shutdownSeconds: 'SHUTDOWN_SECONDS',
} as const;
type SettingName = keyof typeof ENV_NAMES;
/** Never repeated in an error: they may hold a password. */
const SECRET_SETTINGS = new Set(['sessionSecret', 'redisUrl']);

const count = (min: number, max: number) => {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);
};
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** The one-person default: the SDK's default credential chain, on this machine only. */
const defaultSignIn = {
  demoUsers: [
    { userName: 'me', defaultCredentials: true, description: 'You, with your AWS credentials' },
  ],
};

export const settingsSchema = z
  .object({
    /** The address the BFF listens on: loopback unless said otherwise. */
    host: z.string().min(1).default('127.0.0.1'),
    port: count(0, 65535).default(3000),
    /** The address people use, e.g. https://console.example.com/console/ */
    publicUrl: z.url('must be a URL').optional(),
    /** The path prefix the console lives under behind a proxy, e.g. /console/ */
    basePath: z
      .string()
      .regex(/^\/([\w.~-]+\/)*$/, 'must be a path that starts and ends with /, e.g. /console/')
      .optional(),
    /** Proxies whose X-Forwarded-* headers are believed (proxy-addr's syntax). */
    trustedProxies: z
      .preprocess(
        (value) =>
          typeof value === 'string'
            ? value
                .split(',')
                .map((entry) => entry.trim())
                .filter(Boolean)
            : value,
        z.array(z.string().min(1)),
      )
      .default([]),
    /** Signs session cookies: the same on every instance, 32+ characters. */
    sessionSecret: z.string().min(32, 'must be at least 32 characters').optional(),
    /** The built web app (apps/web/dist) to serve. */
    staticDir: z.string().min(1).optional(),
    /** Bytes of the cache of what a git id names. */
    cacheBytes: count(1024 * 1024, Number.MAX_SAFE_INTEGER).default(128 * 1024 * 1024),
    /** Seconds a branch tip is used without asking again (0 asks every time). */
    branchTipSeconds: count(0, 3600).default(10),
    /** Seconds the repository list and metadata are reused (0 asks every time). */
    listCacheSeconds: count(0, 3600).default(10),
    /** CodeCommit calls in flight at once, over all people. */
    maxConcurrentCalls: count(1, 1000).default(16),
    /** Valkey or Redis shared by every instance, e.g. redis://valkey:6379/0 */
    redisUrl: z
      .url('must be a URL')
      .refine(
        (url) => /^rediss?:$/.test(new URL(url).protocol),
        'must start with redis:// or rediss://',
      )
      .optional(),
    /** Sent as X-Console-Instance on every answer, so an operator can tell instances apart. */
    instanceId: instanceIdSchema,
    /** Regions people may switch between (comma-separated or a list); checked by createBff. */
    regions: z.union([z.string().min(1), z.array(z.string().min(1))]).optional(),
    logLevel: z.enum(LOG_LEVELS).default('info'),
    /** Seconds in-flight requests get to finish after SIGTERM. */
    shutdownSeconds: count(0, 3600).default(30),
    signIn: signInSettingsSchema.default(() => signInSettingsSchema.parse(defaultSignIn)),
  })
  .strict();

export type LogLevel = (typeof LOG_LEVELS)[number];

export type Settings = Omit<z.infer<typeof settingsSchema>, 'sessionSecret'> & {
  sessionSecret: string;
  signIn: SignInSettings;
};

type Env = Record<string, string | undefined>;

function readConfigFile(file: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error('expected a JSON object');
    return parsed as Record<string, unknown>;
  } catch (error) {
    throw new Error(`CONSOLE_CONFIG ${file}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * The BFF's settings, from environment variables over one JSON config file
 * (`CONSOLE_CONFIG=path.json`; `CONSOLE_CONFIG_FILE` is read too), checked at once. The error
 * names the setting at fault as it was given: `PORT: …` for a variable, `console.json: signIn.oidc.issuer: …`
 * for the file. Without SESSION_SECRET, the demo on a loopback address gets a random one.
 */
export function readSettings(env: Env = process.env): Settings {
  const file = env.CONSOLE_CONFIG ?? env.CONSOLE_CONFIG_FILE;
  const input: Record<string, unknown> = file ? readConfigFile(file) : {};
  const fromEnv = new Set<string>();
  for (const [name, variable] of Object.entries(ENV_NAMES)) {
    const value = env[variable];
    if (value === undefined || value === '') continue;
    input[name] = value;
    fromEnv.add(name);
  }
  const signIn = input.signIn as { oidc?: Record<string, unknown> } | undefined;
  if (signIn?.oidc && env.OIDC_CLIENT_SECRET) signIn.oidc.clientSecret = env.OIDC_CLIENT_SECRET;

  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [first, ...rest] = issue.path.map(String);
    const where =
      first && fromEnv.has(first)
        ? ENV_NAMES[first as SettingName]
        : `${file ? `${file}: ` : ''}${[first, ...rest].filter(Boolean).join('.') || 'settings'}`;
    const shown = first && fromEnv.has(first) && !SECRET_SETTINGS.has(first);
    const received = shown ? ` (got ${JSON.stringify(input[first])})` : '';
    throw new Error(`${where}: ${issue.message}${received}`);
  }
  const settings = parsed.data;
  let sessionSecret = settings.sessionSecret;
  if (!sessionSecret) {
    if (!settings.signIn.demoUsers || !isLoopback(settings.host))
      throw new Error(
        'SESSION_SECRET: set it to 32 or more random characters (e.g. openssl rand -hex 32)',
      );
    sessionSecret = randomBytes(32).toString('hex');
  }
  return { ...settings, sessionSecret };
}
