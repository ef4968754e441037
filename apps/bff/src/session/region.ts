import { REGION_HEADER } from '@cc/shared/session';
import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';
import { GatewayError } from '../gateway/errors.ts';
import type { Actor } from '../identity/actor.ts';

/** AWS's region names: a partition's prefix, a place and a number (us-east-1, ap-southeast-2). */
const REGION_NAME = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

/**
 * The regions a console serves besides each person's own, from CODECOMMIT_REGIONS
 * (`us-east-1,eu-west-1`); throws naming the setting when one is not a region's name.
 */
export function parseRegions(value: string | readonly string[] | undefined): string[] {
  const names = typeof value === 'string' ? value.split(',') : [...(value ?? [])];
  const regions = [...new Set(names.map((name) => name.trim()).filter(Boolean))];
  for (const region of regions)
    if (!REGION_NAME.test(region))
      throw new Error(
        `CODECOMMIT_REGIONS: "${region}" is not an AWS region name (such as us-east-1); list them separated by commas`,
      );
  return regions;
}

/** Every region this person may switch between, their own first. */
export function regionsFor(c: Context<AppEnv>, ownRegion: string): string[] {
  return [...new Set([ownRegion, ...c.var.bff.regions])];
}

/**
 * The actor for the region a request names (the `X-CodeCommit-Region` header, or `?region=` on a
 * link the browser follows itself), which must be one the console serves: repositories are
 * regional, so each region is its own client, with its own cached answers.
 */
export function inRequestedRegion(c: Context<AppEnv>, actor: Actor): Actor {
  const requested = c.req.header(REGION_HEADER) ?? c.req.query('region');
  if (!requested || requested === actor.caller.region) return actor;
  if (!c.var.bff.regions.includes(requested))
    throw new GatewayError(
      400,
      `region: ${requested.slice(0, 64)} is not a region this console serves (CODECOMMIT_REGIONS: ${regionsFor(c, actor.caller.region).join(', ')})`,
    );
  return { ...actor, key: `${actor.key}\u0000${requested}`, region: requested };
}
