import { signInSchema, type SessionResponse } from '@cc/shared/session';
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { validate } from '../middleware/validate.ts';
import { clearSession, writeSession } from './cookie.ts';

/** Sign-in, sign-out and who is signed in. Open to everyone: the sign-in page needs the user list. */
export const sessionRoutes = new Hono<AppEnv>()
  .get('/', (c) => {
    const user = c.var.user;
    const body: SessionResponse = {
      user: user ? { userName: user.userName } : null,
      users: [...c.var.bff.users.values()].map(({ userName, description }) => ({
        userName,
        description,
      })),
    };
    return c.json(body);
  })
  .post('/', validate('json', signInSchema), async (c) => {
    const { userName } = c.req.valid('json');
    const user = c.var.bff.users.get(userName);
    if (!user) return c.json({ error: `No console user named ${userName}` }, 404);
    await writeSession(c, c.var.bff.sessionSecret, user.userName);
    return c.json({ user: { userName: user.userName } }, 200);
  })
  .delete('/', (c) => {
    clearSession(c);
    return c.json({ user: null });
  });
