import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';

/** The console's own address as people reach it, ending in `/`: PUBLIC_URL, or how this request came. */
export function consoleBase(c: Context<AppEnv>): URL {
  const { publicUrl } = c.var.bff;
  if (publicUrl) return publicUrl;
  return new URL(`${c.var.clientProtocol}://${c.var.clientHost}${c.var.bff.basePath}`);
}
