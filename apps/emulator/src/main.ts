import path from 'node:path';
import { parseArgs } from 'node:util';
import { startEmulator } from './index.ts';

/**
 * Runs the CodeCommit emulator alone:
 *   tsx apps/emulator/src/main.ts --port 3010 --data-dir .data/emulator [--host 127.0.0.1]
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '3010' },
    'data-dir': { type: 'string', default: process.env.DATA_DIR ?? path.join('.data', 'emulator') },
    host: { type: 'string', default: '127.0.0.1' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(
    'Usage: tsx apps/emulator/src/main.ts [--port 3010] [--data-dir .data/emulator] [--host 127.0.0.1]',
  );
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a TCP port number, not ${values.port}`);
  process.exit(2);
}

const { url, emulator, close } = await startEmulator({
  dataDir: values['data-dir'],
  port,
  host: values.host,
});
const env = `AWS_CONFIG_FILE=${emulator.configFile} AWS_SHARED_CREDENTIALS_FILE=${emulator.credentialsFile}`;
console.log(`CodeCommit emulator listening on ${url}
Data: ${path.resolve(values['data-dir'])}
AWS config file:      ${emulator.configFile}
AWS credentials file: ${emulator.credentialsFile}
Profiles: ${emulator.users.map((user) => `${user.userName} (${user.policy})`).join(', ')}
Role profiles: ${
  emulator.roles
    .filter((role) => role.profile)
    .map((role) => `${role.profile} (${role.roleName})`)
    .join(', ') || 'none'
}

  ${env} aws --profile reader codecommit list-repositories
  ${env} aws --profile developer-role sts get-caller-identity
  ${env} AWS_PROFILE=admin git -c credential.helper='!aws codecommit credential-helper --ignore-host-check $@' -c credential.UseHttpPath=true clone ${url}/v1/repos/<name>`);

let stopping = false;
const stop = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping the emulator`);
  close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
