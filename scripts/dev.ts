import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Development: the emulator and BFF restart on change (tsx watch), the web app hot-reloads on
 * Vite's dev server, which proxies /api to the BFF.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (workspace: string, name: string) => `${root}${workspace}node_modules/.bin/${name}`;

const processes: [string, ChildProcess][] = [
  [
    'console',
    spawn(bin('', 'tsx'), ['watch', '--clear-screen=false', 'scripts/start.ts', '--dev'], {
      cwd: root,
    }),
  ],
  [
    'web',
    spawn(bin('apps/web/', 'vite'), ['--port', '5173', '--strictPort'], { cwd: `${root}apps/web` }),
  ],
];

for (const [name, child] of processes) {
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((line) => `[${name}] ${line}\n`)
      .join('');
  child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(prefix(chunk)));
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)));
  child.on('exit', (code) => {
    console.log(`[${name}] exited with ${code}; stopping`);
    shutdown(code ?? 1);
  });
}

function shutdown(code: number) {
  for (const [, child] of processes) child.kill('SIGTERM');
  process.exit(code);
}
process.once('SIGINT', () => shutdown(0));
process.once('SIGTERM', () => shutdown(0));
