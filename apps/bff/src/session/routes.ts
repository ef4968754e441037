import {
  localSignInSchema,
  signInSchema,
  type SessionResponse,
  type SessionUser,
  type SignOutResponse,
} from '@cc/shared/session';
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { chooseIdentity, demoIdentity } from '../identity/aws-identity.ts';
import { validate } from '../middleware/validate.ts';
import { consoleBase } from './console-base.ts';
import { clearSessionCookie } from './cookie.ts';
import { oidcRoutes } from './oidc-routes.ts';
import { regionsFor } from './region.ts';
import { startSession } from './start-session.ts';
import type { SessionRecord } from './store.ts';

const toUser = (record: SessionRecord): SessionUser => ({
  userName: record.person.name,
  arn: record.caller.arn,
  accountId: record.caller.accountId,
  region: record.caller.region,
  via: record.person.via,
});

/** Sign-in, sign-out and who is signed in. Open to everyone: the sign-in page needs to know the ways in. */
export const sessionRoutes = new Hono<AppEnv>()
  .get('/', (c) => {
    const { signIn, oidc } = c.var.bff;
    const record = c.var.session;
    const regions = record ? regionsFor(c, record.caller.region) : [];
    const body: SessionResponse = {
      user: record ? toUser(record) : null,
      ...(regions.length > 1 ? { regions } : {}),
      signIn: {
        ...(signIn.demoUsers
          ? {
              demoUsers: signIn.demoUsers.map(({ userName, description }) => ({
                userName,
                ...(description ? { description } : {}),
              })),
            }
          : {}),
        ...(oidc ? { oidc: { label: oidc.label } } : {}),
        ...(signIn.localAccounts ? { localAccounts: true } : {}),
      },
    };
    return c.json(body);
  })
  .post('/', validate('json', signInSchema), async (c) => {
    const { userName } = c.req.valid('json');
    const { demoUsers } = c.var.bff;
    if (demoUsers.size === 0)
      return c.json(
        {
          error: 'This console does not let anyone choose who they are: sign in with your account',
        },
        403,
      );
    const user = demoUsers.get(userName);
    if (!user) return c.json({ error: `No console user named ${userName}` }, 404);
    const record = await startSession(
      c,
      { id: `demo:${user.userName}`, name: user.userName, via: 'demo' },
      demoIdentity(user),
    );
    return c.json({ user: toUser(record) }, 200);
  })
  .post('/local', validate('json', localSignInSchema), async (c) => {
    const { localAccounts, throttle, signIn } = c.var.bff;
    if (!localAccounts) return c.json({ error: 'This console has no local accounts' }, 404);
    const { userName, password } = c.req.valid('json');
    const address = c.var.clientAddress;
    const wait = await throttle.retryAfter(userName, address);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return c.json(
        { error: `Too many failed sign-ins: try again in ${Math.ceil(wait / 60)} minutes` },
        429,
      );
    }
    const account = await localAccounts.verify(userName, password);
    if (!account) {
      await throttle.failed(userName, address);
      return c.json({ error: 'Wrong user name or password' }, 401);
    }
    await throttle.succeeded(userName);
    const person = {
      id: `local:${account.userName}`,
      name: account.userName,
      via: 'local' as const,
    };
    const identity = chooseIdentity(signIn.identities, person);
    if (!identity)
      return c.json(
        {
          error: `No AWS identity is set up for ${account.userName}: ask the console's administrator`,
        },
        403,
      );
    const record = await startSession(c, person, identity);
    return c.json({ user: toUser(record) }, 200);
  })
  .route('/oidc', oidcRoutes)
  .delete('/', async (c) => {
    const { sessions, gateway, oidc } = c.var.bff;
    const { session: record, sessionId } = c.var;
    const body: SignOutResponse = { user: null };
    if (record && sessionId) {
      await sessions.delete(sessionId);
      if (record.identity.kind === 'webIdentity') gateway.forget(`session\u0000${sessionId}`);
      if (record.oidc && oidc) {
        const back = new URL('sign-in', consoleBase(c)).href;
        const url = await oidc.endSessionUrl(record.oidc.idToken, back).catch(() => undefined);
        if (url) body.endSessionUrl = url.href;
      }
    }
    clearSessionCookie(c);
    return c.json(body);
  });
