import { describe, expect, it } from 'vitest';
import { createBff } from '../index.ts';

const sessionSecret = 'a-test-secret-that-is-long-enough-0123456789';
const app = createBff({
  sessionSecret,
  users: [
    { userName: 'admin', description: 'Full access', profile: 'admin' },
    { userName: 'reader', profile: 'reader' },
  ],
});

async function signIn(userName: string, headers: Record<string, string> = {}) {
  return app.request('/api/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ userName }),
  });
}

function sessionCookie(response: Response): string {
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

describe('session', () => {
  it('offers the configured users and nobody signed in', async () => {
    const response = await app.request('/api/session');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      user: null,
      users: [{ userName: 'admin', description: 'Full access' }, { userName: 'reader' }],
    });
  });

  it('signs in with an HttpOnly, SameSite=Lax cookie that names the user on later requests', async () => {
    const response = await signIn('admin');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ user: { userName: 'admin' } });
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^cc_session=/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).toContain('Path=/');
    expect(setCookie).not.toContain('Secure');
    const again = await app.request('/api/session', {
      headers: { Cookie: sessionCookie(response) },
    });
    expect(((await again.json()) as { user: unknown }).user).toEqual({ userName: 'admin' });
  });

  it('marks the cookie Secure behind https', async () => {
    const response = await signIn('admin', { 'X-Forwarded-Proto': 'https' });
    expect(response.headers.get('set-cookie')).toContain('Secure');
  });

  it('is accepted by a second instance with the same secret and nothing else shared', async () => {
    const cookie = sessionCookie(await signIn('reader'));
    const other = createBff({ sessionSecret, users: [{ userName: 'reader', profile: 'reader' }] });
    const response = await other.request('/api/session', { headers: { Cookie: cookie } });
    expect(((await response.json()) as { user: unknown }).user).toEqual({ userName: 'reader' });
  });

  it('ignores a tampered cookie', async () => {
    const cookie = sessionCookie(await signIn('reader'));
    const [name, value] = cookie.split('=');
    const payload = Buffer.from(JSON.stringify({ u: 'admin', e: 4102444800 })).toString(
      'base64url',
    );
    const forged = `${name}=${payload}.${value?.split('.')[1] ?? ''}`;
    const response = await app.request('/api/session', { headers: { Cookie: forged } });
    expect(((await response.json()) as { user: unknown }).user).toBeNull();
  });

  it('signs out', async () => {
    const response = await app.request('/api/session', { method: 'DELETE' });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/cc_session=;.*Max-Age=0/);
  });

  it('refuses an unknown user with 404 and a missing one with 400 naming the field', async () => {
    const unknown = await signIn('mallory');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'No console user named mallory' });
    const missing = await app.request('/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: string }).error).toMatch(/^userName: /);
  });

  it('refuses a cross-site sign-in', async () => {
    const bySite = await signIn('admin', {
      'Sec-Fetch-Site': 'cross-site',
      Origin: 'https://evil.example',
    });
    expect(bySite.status).toBe(403);
    expect(await bySite.json()).toEqual({ error: 'Cross-site request refused' });
    expect(bySite.headers.get('set-cookie')).toBeNull();
    const byOrigin = await signIn('admin', { Origin: 'https://evil.example' });
    expect(byOrigin.status).toBe(403);
    const sameSite = await signIn('admin', {
      Origin: 'http://localhost',
      'Sec-Fetch-Site': 'same-origin',
    });
    expect(sameSite.status).toBe(200);
    const sameOriginOnly = await signIn('admin', { Origin: 'http://localhost' });
    expect(sameOriginOnly.status).toBe(200);
    // Behind a proxy that rewrites Host, the browser's own Sec-Fetch-Site still decides.
    const proxied = await signIn('admin', {
      Origin: 'http://localhost:5173',
      'Sec-Fetch-Site': 'same-origin',
    });
    expect(proxied.status).toBe(200);
    const sameSiteOther = await signIn('admin', {
      'Sec-Fetch-Site': 'same-site',
      Origin: 'http://other.localhost',
    });
    expect(sameSiteOther.status).toBe(403);
  });

  it('asks for a sign-in before CodeCommit routes', async () => {
    const response = await app.request('/api/repositories');
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'Sign in first' });
  });
});

describe('headers and unknown routes', () => {
  it('sends a CSP that lets Monaco workers run, and the usual security headers', async () => {
    const response = await app.request('/api/session');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-codecommit-calls')).toBe('0');
  });

  it('answers unknown API routes with 404 JSON', async () => {
    const response = await app.request('/api/nothing/here');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'No API route for GET /api/nothing/here' });
  });
});
