import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import { createBff } from '@cc/bff';

/**
 * The BFF of `pnpm bench latency`, in a process of its own as in a deployment: CodeCommit (the
 * emulator behind the latency proxy) runs elsewhere, so the two never share an event loop.
 * Run as a script, it serves `BENCH_STATIC_DIR` on a free loopback port, with the demo sign-in
 * for `developer`, and prints its address.
 */
async function main(): Promise<void> {
  const app = createBff({
    signIn: { demoUsers: [{ userName: 'developer', profile: 'developer' }] },
    sessionSecret: randomBytes(32).toString('hex'),
    staticDir: process.env.BENCH_STATIC_DIR,
  });
  const server = createServer(getRequestListener(app.fetch));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  console.log(`listening http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  // Ends with the bench that started it.
  process.stdin.resume();
  process.stdin.on('end', () => process.exit(0));
}

/** Starts the BFF in a child process with this process's environment (AWS config, endpoint). */
export async function startBffProcess(
  staticDir: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: {
      ...process.env,
      BENCH_STATIC_DIR: staticDir,
      BENCH_BFF_CHILD: '1',
      // Said once by the bench itself; not again for every BFF it starts.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the BFF exited with ${code}: ${output}`)));
  });
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin.end();
      }),
  };
}

if (process.env.BENCH_BFF_CHILD === '1') await main();
