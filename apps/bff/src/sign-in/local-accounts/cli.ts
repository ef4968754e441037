import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { localAccounts, MIN_PASSWORD_LENGTH } from './accounts.ts';

const usage = `Usage: pnpm accounts --file <accounts.json> <command>

  set <userName> [--display-name <name>]   add a person, or set a new password (read from stdin)
  remove <userName>                        remove a person
  list                                     list the people

The password is asked twice on a terminal, or read from the first line of stdin:
  printf '%s\\n' "$PASSWORD" | pnpm accounts --file accounts.json set alice`;

/** Reads one line from stdin; on a terminal, without echoing it. */
async function readPassword(prompt: string): Promise<string> {
  const terminal = process.stdin.isTTY === true;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal });
  if (terminal) {
    const write = (rl as unknown as { _writeToOutput: (text: string) => void })._writeToOutput;
    (rl as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = (text) => {
      write.call(rl, text.startsWith(prompt) ? prompt : '');
    };
  }
  const answer = await new Promise<string>((resolve) => {
    rl.question(terminal ? prompt : '', resolve);
    rl.once('close', () => resolve(''));
  });
  rl.close();
  if (terminal) process.stdout.write('\n');
  return answer;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      file: { type: 'string', default: process.env.LOCAL_ACCOUNTS_FILE },
      'display-name': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, userName] = positionals;
  if (values.help || !command) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  if (!values.file) {
    console.error('--file (or LOCAL_ACCOUNTS_FILE) names the accounts file');
    return 2;
  }
  const accounts = localAccounts(values.file);
  if (command === 'list') {
    for (const account of accounts.list())
      console.log(`${account.userName}${account.displayName ? `  (${account.displayName})` : ''}`);
    return 0;
  }
  if (!userName) {
    console.error(`${command} needs a user name\n\n${usage}`);
    return 2;
  }
  if (command === 'remove') {
    if (!accounts.remove(userName)) {
      console.error(`No account named ${userName} in ${values.file}`);
      return 1;
    }
    console.log(`Removed ${userName}`);
    return 0;
  }
  if (command !== 'set') {
    console.error(`Unknown command ${command}\n\n${usage}`);
    return 2;
  }
  const password = await readPassword(
    `Password for ${userName} (${MIN_PASSWORD_LENGTH}+ characters): `,
  );
  if (process.stdin.isTTY && password !== (await readPassword('Again: '))) {
    console.error('The two passwords differ; nothing changed');
    return 1;
  }
  await accounts.setPassword(userName, password, values['display-name']);
  console.log(`Password set for ${userName} in ${values.file}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
