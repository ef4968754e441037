import { LOG_LEVELS, type LogLevel } from '@cc/bff';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startConsole } from './console.ts';
import { ensureWebBuild } from './lib/web-build.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
// The demo runs on the Node.js it was started with; the AWS SDK's notice that its 2027 releases
// need Node.js 22 is for deployments (docs/deploy.md says so) and would push the banner away.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const development = process.argv.includes('--dev');

/**
 * The web app for these sources, built into apps/web/builds/<hash> when it is not there yet: a
 * console already running from this checkout keeps its own build, and Vite's chunk list is not
 * printed (only its errors), so the banner below stays on screen.
 */
async function webBuild(): Promise<string> {
  process.stdout.write('  Web app     ');
  const { dir, built } = await ensureWebBuild({
    webDir: resolve(root, 'apps/web'),
    inputs: ['apps/web', 'packages/shared', 'pnpm-lock.yaml'].map((input) => resolve(root, input)),
    env: { BASE_PATH: process.env.BASE_PATH },
  }).catch((error: unknown) => {
    console.error(`\nThe console cannot start: ${(error as Error).message}`);
    process.exit(1);
  });
  console.log(built ? 'built' : 'up to date');
  return dir;
}
const webDist = development ? undefined : await webBuild();

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not ${process.env.PORT}`);
  process.exit(1);
}
/** HTTPS_PORT / SSH_PORT choose the emulator's HTTPS and SSH ports; unset, free ones are picked. */
const listenerPort = (name: string): number => {
  const value = process.env[name];
  const chosen = Number(value ?? 0);
  if (!Number.isInteger(chosen) || chosen < 0 || chosen > 65535) {
    console.error(`${name} must be a port number, not ${value}`);
    process.exit(1);
  }
  return chosen;
};
/** LOG_LEVEL=info shows one line per request; the default keeps the banner on screen. */
const logLevel = (process.env.LOG_LEVEL ?? 'warn') as LogLevel;
if (!LOG_LEVELS.includes(logLevel)) {
  console.error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not ${logLevel}`);
  process.exit(1);
}
const httpsPort = listenerPort('HTTPS_PORT');
const sshPort = listenerPort('SSH_PORT');
const dataDir = resolve(process.env.DATA_DIR ?? resolve(root, '.data'));

const running = await startConsole({
  dataDir,
  port,
  host: process.env.HOST ?? '127.0.0.1',
  webDist,
  seed: true,
  httpsPort,
  sshPort,
  logLevel,
}).catch((error: unknown) => {
  console.error(`The console cannot start: ${(error as Error).message}`);
  process.exit(1);
});
const { httpsUrl, caFile, sshUrl } = running;

console.log(`
  CodeCommit console on the embedded emulator

  Console     ${running.url}${development ? '  (API only; the web app runs on Vite at http://localhost:5173)' : ''}
  Data        ${dataDir}
  Health      ${running.url}/readyz, ${running.url}/metrics${logLevel === 'warn' ? '   (LOG_LEVEL=info: a line per request)' : ''}
  Sign in as  ${running.consoleUsers.map((user) => user.userName).join(', ')}   (demo: pick a name, no password;
              this machine only. A team signs in with OIDC or accounts: see README "Sign-in")
${running.consoleUsers.map((user) => `                ${user.userName.padEnd(10)} ${user.description ?? ''}`).join('\n')}

  AWS CLI     AWS_CONFIG_FILE=${running.emulator.configFile} \\
              AWS_SHARED_CREDENTIALS_FILE=${running.emulator.credentialsFile} \\
              aws --profile developer codecommit list-repositories
${
  httpsUrl
    ? `
  HTTPS       ${httpsUrl}  (API and git; trust ${caFile ?? 'its CA'})
              AWS_CA_BUNDLE=${caFile ?? '<ca.pem>'} for the AWS CLI and SDKs, GIT_SSL_CAINFO=${caFile ?? '<ca.pem>'} for git,
              CODE_COMMIT_ENDPOINT=${new URL(httpsUrl).host} for git-remote-codecommit
`
    : ''
}${
  sshUrl
    ? `  SSH         ${sshUrl}  (git; user name = the SSHPublicKeyId of a key uploaded with
              aws iam upload-ssh-public-key, or written in ${resolve(dataDir, 'emulator', 'emulator.json')};
              the repository's Clone panel shows yours)
`
    : ''
}`);

const stop = () => {
  void running.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
