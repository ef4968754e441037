import { CodeCommitClient } from '@aws-sdk/client-codecommit';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import { startEmulator, type Emulator, type EmulatorUser } from '../src/index.ts';

export type DemoUser = 'admin' | 'developer' | 'reader';

export interface TestEmulator {
  url: string;
  /** Set when started with an HTTPS listener. */
  httpsUrl?: string;
  caFile?: string;
  /** Set when started with an SSH listener. */
  sshUrl?: string;
  dataDir: string;
  emulator: Emulator;
  /** An SDK client signed with the user's keys (default admin). */
  client(user?: DemoUser): CodeCommitClient;
  /** Environment for the AWS CLI and for git with the AWS CLI credential helper, as the user. */
  awsEnv(user?: DemoUser): NodeJS.ProcessEnv;
  user(user?: DemoUser): EmulatorUser;
  close(): Promise<void>;
}

/**
 * Starts an emulator on a free port over a fresh temporary data folder, removed on close.
 *
 * @example
 * const emulator = await startTestEmulator();
 * afterAll(() => emulator.close());
 * await emulator.client('reader').send(new ListRepositoriesCommand({}));
 */
export async function startTestEmulator(
  options: {
    /** The emulator's clock (default the system's). */
    clock?: () => Date;
    /** Written as `<dataDir>/emulator.json` before the start; the demo users are added to it. */
    emulatorJson?: Record<string, unknown>;
    /** Also listen for HTTPS (0 = a free port). */
    httpsPort?: number;
    /** Also listen for git over SSH (0 = a free port). */
    sshPort?: number;
    /** The largest file (Git blob) a push may carry (default 2 GB, as on AWS). */
    maxBlobBytes?: number;
    /** Runs on the fresh data folder before the emulator starts (e.g. to write emulator.json). */
    prepare?: (dataDir: string) => Promise<void>;
    /** Request lines (see `createEmulatorLogger`). */
    logger?: Logger;
  } = {},
): Promise<TestEmulator> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'codecommit-emulator-'));
  if (options.emulatorJson)
    await writeFile(path.join(dataDir, 'emulator.json'), JSON.stringify(options.emulatorJson));
  await options.prepare?.(dataDir);
  const started = await startEmulator({
    dataDir,
    port: 0,
    clock: options.clock,
    httpsPort: options.httpsPort,
    sshPort: options.sshPort,
    ...(options.logger ? { logger: options.logger } : {}),
    maxBlobBytes: options.maxBlobBytes,
  });
  const clients: CodeCommitClient[] = [];
  const user = (name: DemoUser = 'admin'): EmulatorUser => {
    const found = started.emulator.users.find((candidate) => candidate.userName === name);
    if (!found) throw new Error(`The emulator has no user ${name}`);
    return found;
  };
  return {
    url: started.url,
    httpsUrl: started.httpsUrl,
    caFile: started.caFile,
    sshUrl: started.sshUrl,
    dataDir,
    emulator: started.emulator,
    user,
    client(name = 'admin') {
      const { accessKeyId, secretAccessKey } = user(name);
      const client = new CodeCommitClient({
        endpoint: started.url,
        region: 'us-east-1',
        credentials: { accessKeyId, secretAccessKey },
        maxAttempts: 1,
      });
      clients.push(client);
      return client;
    },
    awsEnv(name = 'admin') {
      return awsEnvironment(started.emulator, name);
    },
    async close() {
      for (const client of clients) client.destroy();
      await started.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The caller's environment minus its AWS and git settings, plus the emulator's profile files. */
export function awsEnvironment(
  emulator: Pick<Emulator, 'configFile' | 'credentialsFile'>,
  profile: string,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.startsWith('AWS_') && !name.startsWith('GIT_')) env[name] = value;
  }
  return {
    ...env,
    AWS_CONFIG_FILE: emulator.configFile,
    AWS_SHARED_CREDENTIALS_FILE: emulator.credentialsFile,
    AWS_PROFILE: profile,
    AWS_PAGER: '',
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Test Author',
    GIT_AUTHOR_EMAIL: 'author@example.com',
    GIT_COMMITTER_NAME: 'Test Author',
    GIT_COMMITTER_EMAIL: 'author@example.com',
    GIT_CONFIG_COUNT: '3',
    GIT_CONFIG_KEY_0: 'credential.helper',
    GIT_CONFIG_VALUE_0: '!aws codecommit credential-helper --ignore-host-check $@',
    GIT_CONFIG_KEY_1: 'credential.UseHttpPath',
    GIT_CONFIG_VALUE_1: 'true',
    GIT_CONFIG_KEY_2: 'init.defaultBranch',
    GIT_CONFIG_VALUE_2: 'main',
  };
}
