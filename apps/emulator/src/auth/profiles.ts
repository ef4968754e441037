import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { roleArn } from './roles.ts';
import type { RoleConfig, UserConfig } from './users.ts';

/**
 * Writes a standard AWS shared `config` and `credentials` pair into `<dataDir>/aws/`, one profile
 * per user, each pointing at the emulator through `endpoint_url`, and one role profile per role
 * that a user with keys may assume (`role_arn` + `source_profile`, which the AWS CLI and SDKs turn
 * into an AssumeRole call): CodeCommitDeveloper becomes `developer-role`. Rewritten on every
 * start, since the address the emulator is reached at may change.
 */
export function writeProfiles(
  dataDir: string,
  users: UserConfig[],
  options: { region: string; publicUrl: string; accountId: string; roles?: RoleConfig[] },
): { configFile: string; credentialsFile: string; roleProfiles: Map<string, string> } {
  const dir = path.join(dataDir, 'aws');
  mkdirSync(dir, { recursive: true });
  const withKeys = users.filter((user) => user.accessKeys.length > 0);
  const config = withKeys
    .map(
      (user) =>
        `[profile ${user.userName}]\nregion = ${options.region}\nendpoint_url = ${options.publicUrl}\noutput = json\n`,
    )
    .join('\n');
  const roleProfiles = new Map<string, string>();
  const roleSections = (options.roles ?? []).flatMap((role) => {
    const source = withKeys.find((user) => role.trust.users.includes(user.userName));
    const profile = roleProfileName(role.roleName);
    const taken = withKeys.some((user) => user.userName === profile);
    if (source && !taken) roleProfiles.set(role.roleName, profile);
    return source && !taken
      ? [
          `[profile ${profile}]\nrole_arn = ${roleArn(options.accountId, role.roleName)}\nsource_profile = ${source.userName}\nregion = ${options.region}\nendpoint_url = ${options.publicUrl}\noutput = json\n`,
        ]
      : [];
  });
  const credentials = withKeys
    .map((user) => {
      const key = user.accessKeys[0];
      return `[${user.userName}]\naws_access_key_id = ${key?.accessKeyId}\naws_secret_access_key = ${key?.secretAccessKey}\n`;
    })
    .join('\n');
  const configFile = path.join(dir, 'config');
  const credentialsFile = path.join(dir, 'credentials');
  writeAtomically(configFile, [config, ...roleSections].join('\n'));
  writeAtomically(credentialsFile, credentials);
  return { configFile, credentialsFile, roleProfiles };
}

function writeAtomically(file: string, content: string): void {
  writeFileSync(`${file}.tmp`, content, { mode: 0o600 });
  renameSync(`${file}.tmp`, file);
}

/** CodeCommitDeveloper → developer-role; any other name → <lower-case name>-role. */
export const roleProfileName = (roleName: string): string =>
  `${(roleName.replace(/^CodeCommit(?=.)/, '') || roleName).toLowerCase()}-role`;
