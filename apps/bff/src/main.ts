import { randomBytes } from 'node:crypto';
import { serve } from '@hono/node-server';
import { createBff, loadConsoleUsers } from './index.ts';

/**
 * Runs the BFF alone. Settings: CONSOLE_USERS_FILE (the console users file), SESSION_SECRET,
 * PORT (default 3000), STATIC_DIR (the built web app), plus the AWS SDK's own variables.
 */
function main(): void {
  const usersFile = process.env.CONSOLE_USERS_FILE;
  const users = usersFile
    ? loadConsoleUsers(usersFile)
    : [{ userName: 'me', defaultCredentials: true }];
  let sessionSecret = process.env.SESSION_SECRET ?? '';
  if (!sessionSecret) {
    sessionSecret = randomBytes(32).toString('hex');
    console.warn('SESSION_SECRET is not set: sessions end when this process stops.');
  }
  const app = createBff({ users, sessionSecret, staticDir: process.env.STATIC_DIR });
  const port = Number(process.env.PORT ?? 3000);
  serve({ fetch: app.fetch, port }, (info) =>
    console.log(`Console BFF on http://localhost:${info.port}`),
  );
}

main();
