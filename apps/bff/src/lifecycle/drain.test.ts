import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const main = fileURLToPath(new URL('../main.ts', import.meta.url));

/** Resolves with the first chunk of `socket`'s data that matches `pattern`, all data so far. */
function readUntil(socket: Socket, pattern: RegExp): Promise<string> {
  let received = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      received += chunk.toString();
      if (!pattern.test(received)) return;
      socket.off('data', onData);
      resolve(received);
    };
    socket.on('data', onData);
    socket.once('error', reject);
  });
}

test('on SIGTERM the BFF stops accepting, finishes the request in flight, then exits', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', CONSOLE_CONFIG: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit');
  const logLines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const nextLog = async (pattern: RegExp) => {
    for (;;) {
      const { value, done } = await logLines.next();
      if (done) throw new Error(`the BFF ended before logging ${pattern}`);
      if (!(value as string).startsWith('{')) continue;
      const line = JSON.parse(value as string) as { msg: string; port?: number; inFlight?: number };
      if (pattern.test(line.msg)) return line;
    }
  };
  try {
    const { port } = await nextLog(/^Console BFF on/);
    // A sign-in whose body arrives slowly: the server has its headers (100 Continue), not its body.
    const socket = connect(port!, '127.0.0.1');
    await once(socket, 'connect');
    const body = JSON.stringify({ userName: 'late-arrival' });
    const half = Math.floor(body.length / 2);
    const continued = readUntil(socket, /^HTTP\/1\.1 100 Continue\r\n\r\n/);
    socket.write(
      [
        'POST /api/session HTTP/1.1',
        `Host: 127.0.0.1:${port}`,
        `Origin: http://127.0.0.1:${port}`,
        'Sec-Fetch-Site: same-origin',
        'Content-Type: application/json',
        `Content-Length: ${Buffer.byteLength(body)}`,
        'Expect: 100-continue',
        '',
        body.slice(0, half),
      ].join('\r\n'),
    );
    await continued;

    child.kill('SIGTERM');
    expect(await nextLog(/^Stopping/)).toMatchObject({ inFlight: 1 });
    const refused = connect(port!, '127.0.0.1');
    const [error] = (await once(refused, 'error')) as [NodeJS.ErrnoException];
    expect(error.code).toBe('ECONNREFUSED');

    const answered = readUntil(socket, /No console user named late-arrival/);
    socket.write(body.slice(half));
    const response = await answered;
    expect(response).toMatch(/HTTP\/1\.1 404 Not Found\r\n/);
    expect(response).toMatch(/\r\nconnection: close\r\n/i);
    await nextLog(/^Stopped/);
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
    socket.destroy();
  } finally {
    child.kill('SIGKILL');
  }
}, 120_000);
