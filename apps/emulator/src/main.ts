import path from 'node:path';
import { parseArgs } from 'node:util';
import { levels, type Level } from 'pino';
import { createEmulatorLogger, startEmulator } from './index.ts';

/**
 * Runs the CodeCommit emulator alone:
 *   tsx apps/emulator/src/main.ts --port 3010 --data-dir .data/emulator [--host 127.0.0.1]
 *     [--https-port 3443 [--tls-cert server.pem --tls-key server-key.pem [--tls-ca ca.pem]]]
 *     [--ssh-port 2222]
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '3010' },
    'data-dir': { type: 'string', default: process.env.DATA_DIR ?? path.join('.data', 'emulator') },
    host: { type: 'string', default: '127.0.0.1' },
    'https-port': { type: 'string', default: process.env.HTTPS_PORT },
    'tls-cert': { type: 'string' },
    'tls-key': { type: 'string' },
    'tls-ca': { type: 'string' },
    'ssh-port': { type: 'string', default: process.env.SSH_PORT },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(
    `Usage: tsx apps/emulator/src/main.ts [--port 3010] [--data-dir .data/emulator] [--host 127.0.0.1]
         [--https-port 3443] [--tls-cert <pem> --tls-key <pem> [--tls-ca <pem>]] [--ssh-port 2222]

  --https-port  also serve the API and git over HTTPS (0 = a free port); without --tls-cert,
                a local CA and a certificate for localhost and 127.0.0.1 are made once in <data-dir>/tls
  --ssh-port    also serve git over SSH (0 = a free port); keys are uploaded with aws iam upload-ssh-public-key
                or written as sshPublicKeys of a user in emulator.json`,
  );
  process.exit(0);
}

const portOption = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined || value === '') return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--${name} must be a TCP port number, not ${value}`);
    process.exit(2);
  }
  return port;
};
const port = portOption('port', values.port) ?? 3010;
/** LOG_LEVEL (default info): one line per API operation and git service answered. */
function logLevel(): Level | 'silent' {
  const level = process.env.LOG_LEVEL ?? 'info';
  if (level in levels.values || level === 'silent') return level as Level | 'silent';
  console.error(
    `LOG_LEVEL must be one of ${Object.keys(levels.values).join(', ')} or silent, not ${level}`,
  );
  process.exit(2);
}
if (Boolean(values['tls-cert']) !== Boolean(values['tls-key'])) {
  console.error('--tls-cert and --tls-key go together');
  process.exit(2);
}

const { url, httpsUrl, caFile, sshUrl, emulator, close } = await startEmulator({
  dataDir: values['data-dir'],
  port,
  host: values.host,
  httpsPort: portOption('https-port', values['https-port']),
  sshPort: portOption('ssh-port', values['ssh-port']),
  logger: createEmulatorLogger(logLevel()),
  ...(values['tls-cert'] && values['tls-key']
    ? {
        tls: { certFile: values['tls-cert'], keyFile: values['tls-key'], caFile: values['tls-ca'] },
      }
    : {}),
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
  ${httpsUrl && caFile ? `GIT_SSL_CAINFO=${caFile} ` : ''}${env} AWS_PROFILE=admin git -c credential.helper='!aws codecommit credential-helper --ignore-host-check $@' -c credential.UseHttpPath=true clone ${httpsUrl ?? url}/v1/repos/<name>${
    httpsUrl
      ? `

HTTPS: ${httpsUrl}${caFile ? `  (trust its CA: AWS_CA_BUNDLE=${caFile} for the AWS CLI and SDKs, GIT_SSL_CAINFO=${caFile} for git)` : ''}
  ${env}${caFile ? ` AWS_CA_BUNDLE=${caFile}` : ''} aws --profile reader --endpoint-url ${httpsUrl} codecommit list-repositories
  ${caFile ? `GIT_SSL_CAINFO=${caFile} ` : ''}${env} CODE_COMMIT_ENDPOINT=${new URL(httpsUrl).host} git clone codecommit::us-east-1://admin@<name>`
      : ''
  }${
    sshUrl
      ? `

SSH: ${sshUrl}  (upload a key through IAM, or add "sshPublicKeys" to a user in ${path.resolve(values['data-dir'], 'emulator.json')})
  ${env} aws --profile developer iam upload-ssh-public-key --user-name developer --ssh-public-key-body file://$HOME/.ssh/id_rsa.pub
  git clone ssh://<SSHPublicKeyId>@${sshUrl.slice('ssh://'.length)}/v1/repos/<name>`
      : ''
  }
Regions: every region of the aws partition; git paths /<region>/v1/repos/<name> name one other than us-east-1.`);

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
