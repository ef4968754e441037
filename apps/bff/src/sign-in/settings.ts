import { z } from 'zod';
import { consoleUserSchema } from '../config/console-users.ts';

const roleArn = z
  .string()
  .regex(/^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/, 'must be an IAM role ARN');

/**
 * Which AWS identity a person acts as: the first rule whose `match` fits them. Every field of
 * `match` that is given must fit; an empty `match` fits everybody (a default).
 */
export const identityRuleSchema = z
  .object({
    match: z
      .object({
        /** OIDC `groups` claim (or `oidc.groupsClaim`): any of these. */
        groups: z.array(z.string().min(1)).min(1).optional(),
        /** OIDC `email` claim, exactly (case-insensitive). */
        emails: z.array(z.string().min(3)).min(1).optional(),
        /** The part after `@` of the OIDC `email` claim. */
        emailDomains: z.array(z.string().min(1)).min(1).optional(),
        /** Local account names. */
        localAccounts: z.array(z.string().min(1)).min(1).optional(),
      })
      .strict()
      .default({}),
    /** AssumeRoleWithWebIdentity with the person's ID token: the BFF needs no AWS keys. */
    assumeRoleWithWebIdentity: roleArn.optional(),
    /** AssumeRole with the BFF's own credentials; RoleSessionName and SourceIdentity = the person. */
    assumeRole: roleArn.optional(),
    /** A named profile of the AWS config and credentials files (its region and endpoint_url too). */
    profile: z.string().min(1).optional(),
    /** The SDK's default credential chain. */
    defaultCredentials: z.literal(true).optional(),
  })
  .strict()
  .refine(
    (rule) =>
      [
        rule.assumeRoleWithWebIdentity,
        rule.assumeRole,
        rule.profile,
        rule.defaultCredentials,
      ].filter((value) => value !== undefined).length === 1,
    'each rule needs exactly one of assumeRoleWithWebIdentity, assumeRole, profile or defaultCredentials',
  );
export type IdentityRule = z.infer<typeof identityRuleSchema>;

export const oidcSettingsSchema = z
  .object({
    /** The provider's issuer URL: its discovery document is `<issuer>/.well-known/openid-configuration`. */
    issuer: z.url('must be a URL'),
    clientId: z.string().min(1),
    /** Better given as OIDC_CLIENT_SECRET; none for a public client (PKCE alone). */
    clientSecret: z.string().min(1).optional(),
    scopes: z.array(z.string().min(1)).default(['openid', 'email', 'profile']),
    /** The claim shown as the person's name and used as the role session name. */
    nameClaim: z.string().min(1).default('email'),
    groupsClaim: z.string().min(1).default('groups'),
    /** What the sign-in button says, e.g. "Sign in with Okta". */
    label: z.string().min(1).max(64).default('Sign in with your identity provider'),
  })
  .strict();
export type OidcSettings = z.infer<typeof oidcSettingsSchema>;

export const signInSettingsSchema = z
  .object({
    oidc: oidcSettingsSchema.optional(),
    /** Local accounts: a file written by `pnpm accounts`. */
    localAccounts: z
      .object({ file: z.string().min(1) })
      .strict()
      .optional(),
    /**
     * The demo's name picker: anyone who can reach the console picks who they are. Only for a
     * console bound to a loopback address.
     */
    demoUsers: z.array(consoleUserSchema).min(1).optional(),
    identities: z.array(identityRuleSchema).default([]),
  })
  .strict()
  .refine(
    (settings) => settings.oidc || settings.localAccounts || settings.demoUsers,
    'signIn needs oidc, localAccounts or (for a local demo only) demoUsers',
  )
  .refine(
    (settings) => !settings.demoUsers || (!settings.oidc && !settings.localAccounts),
    'demoUsers cannot be combined with oidc or localAccounts: the name picker would let anyone in',
  )
  .refine(
    (settings) => settings.demoUsers !== undefined || settings.identities.length > 0,
    'identities needs at least one rule saying which AWS identity people act as',
  )
  .refine(
    (settings) =>
      settings.oidc !== undefined ||
      settings.identities.every((rule) => rule.assumeRoleWithWebIdentity === undefined),
    'assumeRoleWithWebIdentity needs oidc: it uses the person’s ID token',
  );
export type SignInSettings = z.infer<typeof signInSettingsSchema>;

/** Checks sign-in settings; the error names the setting at fault, e.g. `signIn.oidc.issuer: must be a URL`. */
export function parseSignInSettings(input: unknown, where = 'signIn'): SignInSettings {
  const parsed = signInSettingsSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = [where, ...(issue?.path ?? [])].join('.');
  throw new Error(`${path}: ${issue?.message ?? 'invalid'}`);
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** True for an address that only this machine can reach. */
export function isLoopback(host: string): boolean {
  return (
    loopbackHosts.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host) || host.endsWith('.localhost')
  );
}
