import { spawn } from 'node:child_process';

/**
 * The floor for reads: one persistent `git cat-file --batch`, asked for one object at a time.
 */
export function catFileBatch(gitDir: string) {
  const child = spawn('git', ['cat-file', '--batch'], {
    cwd: gitDir,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let buffer = Buffer.alloc(0);
  let waiting: ((content: Buffer) => void) | undefined;
  const drain = () => {
    if (!waiting) return;
    const newline = buffer.indexOf(10);
    if (newline < 0) return;
    const header = buffer.subarray(0, newline).toString();
    if (header.endsWith('missing')) {
      buffer = buffer.subarray(newline + 1);
      const resolve = waiting;
      waiting = undefined;
      resolve(Buffer.alloc(0));
      return;
    }
    const size = Number(header.split(' ')[2]);
    if (buffer.length < newline + 1 + size + 1) return;
    const content = buffer.subarray(newline + 1, newline + 1 + size);
    buffer = buffer.subarray(newline + 1 + size + 1);
    const resolve = waiting;
    waiting = undefined;
    resolve(content);
  };
  child.stdout.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    drain();
  });
  return {
    read: (revision: string) =>
      new Promise<Buffer>((resolve) => {
        waiting = resolve;
        child.stdin.write(`${revision}\n`);
      }),
    close: () => child.stdin.end(),
  };
}
