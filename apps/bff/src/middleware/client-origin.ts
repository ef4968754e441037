import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';

/**
 * Who is asking and at which address: the socket's peer, unless that peer is a configured
 * proxy, in which case its `X-Forwarded-For`, `-Proto` and `-Host` say (read by `proxy-addr`,
 * the library Express uses for the same job). Forwarded headers from anyone else are ignored,
 * so a client cannot claim to be on https or at another address.
 *
 * @example
 * ```ts
 * app.use(clientOrigin(['127.0.0.1', '10.0.0.0/8']))
 * ```
 */
export function clientOrigin(trustedProxies: readonly string[]) {
  const trust = proxyAddr.compile([...trustedProxies]);
  return createMiddleware<AppEnv>(async (c, next) => {
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    const url = new URL(c.req.url);
    let protocol: 'http' | 'https' = url.protocol === 'https:' ? 'https' : 'http';
    let host = c.req.header('host') ?? url.host;
    let address: string | undefined;
    if (incoming?.socket) {
      address = proxyAddr(incoming, trust);
      const peer = incoming.socket.remoteAddress;
      if (peer && trust(peer, 0)) {
        const forwardedProto = first(c.req.header('x-forwarded-proto'));
        if (forwardedProto === 'https' || forwardedProto === 'http') protocol = forwardedProto;
        host = first(c.req.header('x-forwarded-host')) ?? host;
      }
    }
    c.set('clientAddress', address);
    c.set('clientProtocol', protocol);
    c.set('clientHost', host.toLowerCase());
    await next();
  });
}

const first = (value: string | undefined) => value?.split(',')[0]?.trim() || undefined;
