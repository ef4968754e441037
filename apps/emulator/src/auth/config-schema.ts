import { z } from 'zod';
import { managedPolicyNames } from './policies.ts';

/** IAM user and role names: 1-64 of letters, digits and `+=,.@_-` (IAM API reference, CreateUser / CreateRole). */
const iamName = z
  .string()
  .regex(/^[\w+=,.@-]{1,64}$/, 'must be 1-64 letters, digits or +=,.@_- (an IAM name)');

const policy = z.enum(managedPolicyNames, {
  error: `must be one of ${managedPolicyNames.join(', ')}`,
});

export const accessKeySchema = z.object({
  accessKeyId: z
    .string()
    .regex(/^\w{16,128}$/, 'must be 16-128 letters or digits (an IAM access key id)')
    .refine((id) => !id.startsWith('ASIA'), 'ASIA… key ids are kept for temporary credentials'),
  secretAccessKey: z.string().min(1, 'must not be empty'),
});

export const userSchema = z.object({
  userName: iamName,
  policy,
  /** Limits the policy to these repositories, as a policy whose `Resource` lists their ARNs. */
  repositories: z.array(z.string().min(1)).optional(),
  accessKeys: z.array(accessKeySchema).default([]),
});

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * An IAM OIDC identity provider. IAM requires an https URL; plain http is allowed here for a
 * loopback host only, so tests can run an identity provider without a certificate.
 */
export const openIdConnectProviderSchema = z.object({
  url: z
    .url({ error: 'must be the issuer URL of an OpenID Connect provider' })
    .refine((url) => {
      const parsed = new URL(url);
      return (
        parsed.protocol === 'https:' ||
        (parsed.protocol === 'http:' && loopbackHosts.has(parsed.hostname))
      );
    }, 'must start with https:// (http:// only for a loopback host)')
    .refine((url) => !/[?#]/.test(url), 'must not have a query or a fragment')
    .transform((url) => url.replace(/\/+$/, '')),
  /** The audiences (`aud`) IAM accepts from this provider: IAM's "client IDs". */
  clientIds: z.array(z.string().min(1).max(255)).min(1, 'must name at least one client id'),
});

export const roleSchema = z.object({
  roleName: iamName,
  policy,
  trust: z
    .object({
      /** IAM users (of this file) that may call AssumeRole. */
      users: z.array(iamName).default([]),
      /** Who may call AssumeRoleWithWebIdentity: tokens of `issuer` whose `aud` is one of `audiences`. */
      webIdentity: z
        .object({
          issuer: z.string().transform((url) => url.replace(/\/+$/, '')),
          audiences: z.array(z.string().min(1)).min(1, 'must name at least one audience'),
        })
        .optional(),
    })
    .default({ users: [] }),
});

/**
 * `<dataDir>/emulator.json`. Other keys (triggerDestinations, …) belong to other parts of the
 * emulator and pass through untouched.
 */
export const emulatorConfigSchema = z
  .looseObject({
    users: z.array(userSchema),
    openIdConnectProviders: z.array(openIdConnectProviderSchema).default([]),
    roles: z.array(roleSchema).default([]),
  })
  .superRefine((config, ctx) => {
    const userNames = new Set(config.users.map((user) => user.userName));
    const issuers = new Set(config.openIdConnectProviders.map((provider) => provider.url));
    config.roles.forEach((role, index) => {
      role.trust.users.forEach((userName, userIndex) => {
        if (!userNames.has(userName))
          ctx.addIssue({
            code: 'custom',
            path: ['roles', index, 'trust', 'users', userIndex],
            message: `names no user of "users": ${JSON.stringify(userName)}`,
          });
      });
      const issuer = role.trust.webIdentity?.issuer;
      if (issuer !== undefined && !issuers.has(issuer))
        ctx.addIssue({
          code: 'custom',
          path: ['roles', index, 'trust', 'webIdentity', 'issuer'],
          message: `must be the url of one of "openIdConnectProviders", not ${JSON.stringify(issuer)}`,
        });
    });
    const seen = new Set<string>();
    config.roles.forEach((role, index) => {
      if (seen.has(role.roleName))
        ctx.addIssue({
          code: 'custom',
          path: ['roles', index, 'roleName'],
          message: `repeats ${role.roleName}`,
        });
      seen.add(role.roleName);
    });
  });

export type EmulatorConfig = z.infer<typeof emulatorConfigSchema>;
export type UserConfig = z.infer<typeof userSchema>;
export type AccessKey = z.infer<typeof accessKeySchema>;
export type RoleConfig = z.infer<typeof roleSchema>;
export type OpenIdConnectProviderConfig = z.infer<typeof openIdConnectProviderSchema>;

/** `roles[0].trust.users[1] names no user …`: each problem named by its place in the file. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const where = issue.path
        .map((part, index) =>
          typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
        )
        .join('');
      // Our own messages read on from the field's name ("… must be …"); zod's stand alone.
      const joiner = /^[a-z]/.test(issue.message) ? ' ' : ': ';
      return `${where || '(top level)'}${joiner}${issue.message}`;
    })
    .join('; ');
}
