import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { run } from '../lib/run.ts';

const cgitScript = '/usr/lib/cgit/cgit.cgi';
const needed = { cgit: cgitScript, nginx: '/usr/sbin/nginx', fcgiwrap: '/usr/sbin/fcgiwrap' };

/** Debian's cgit, nginx and fcgiwrap, installed with apt-get when one is missing. */
export async function ensureCgit(): Promise<void> {
  const missing = Object.entries(needed)
    .filter(([, file]) => !existsSync(file))
    .map(([name]) => name);
  if (missing.length === 0) return;
  console.log(`Installing ${missing.join(', ')} with apt-get…`);
  await run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], {
    env: { DEBIAN_FRONTEND: 'noninteractive' },
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

/**
 * cgit serving `gitDir` as `/<name>/` behind nginx and fcgiwrap on 127.0.0.1, as Debian ships
 * them; nginx compresses text with gzip, as a typical deployment does. Both stop on close.
 */
export async function startCgit(options: {
  work: string;
  name: string;
  gitDir: string;
}): Promise<{ url: string; close(): Promise<void> }> {
  await ensureCgit();
  const dir = join(options.work, 'cgit');
  await mkdir(join(dir, 'temp'), { recursive: true });
  const socket = join(dir, 'fcgiwrap.sock');
  const cgitrc = join(dir, 'cgitrc');
  await writeFile(
    cgitrc,
    [
      'css=/cgit-static/cgit.css',
      'logo=/cgit-static/cgit.png',
      'virtual-root=/',
      'enable-index-links=1',
      `repo.url=${options.name}`,
      `repo.path=${options.gitDir}`,
      '',
    ].join('\n'),
  );
  const port = await freePort();
  const temp = join(dir, 'temp');
  await writeFile(
    join(dir, 'nginx.conf'),
    `daemon off;
master_process off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')};
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${temp};
  fastcgi_temp_path ${temp};
  proxy_temp_path ${temp};
  uwsgi_temp_path ${temp};
  scgi_temp_path ${temp};
  gzip on;
  gzip_types text/css application/javascript image/svg+xml;
  server {
    listen 127.0.0.1:${port};
    location /cgit-static/ { alias /usr/share/cgit/; }
    location / {
      include /etc/nginx/fastcgi_params;
      fastcgi_param SCRIPT_FILENAME ${cgitScript};
      fastcgi_param PATH_INFO $uri;
      fastcgi_param QUERY_STRING $args;
      fastcgi_param CGIT_CONFIG ${cgitrc};
      fastcgi_pass unix:${socket};
    }
  }
}
`,
  );
  const children: ChildProcess[] = [
    spawn('/usr/sbin/fcgiwrap', ['-s', `unix:${socket}`], { stdio: 'ignore' }),
  ];
  for (let attempt = 0; attempt < 100 && !existsSync(socket); attempt += 1)
    await new Promise((resolve) => setTimeout(resolve, 50));
  children.push(
    spawn('/usr/sbin/nginx', ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: 'ignore' }),
  );
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const ready = await fetch(`${url}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    close: async () => {
      for (const child of children) child.kill('SIGTERM');
      await Promise.all(
        children.map(
          (child) =>
            new Promise<void>((resolve) =>
              child.exitCode !== null ? resolve() : child.once('exit', () => resolve()),
            ),
        ),
      );
    },
  };
}
