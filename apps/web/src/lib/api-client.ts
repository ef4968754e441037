import type { AppType } from '@cc/bff';
import { REUSE_SECONDS } from '@cc/shared/limits';
import { REGION_HEADER } from '@cc/shared/session';
import { hc } from 'hono/client';
import type { ClientResponse } from 'hono/client';
import { pageRegion } from './region.ts';

/**
 * Reloading the page is how a person asks for what is there now: until the first in-app
 * navigation, reads go out with `cache: 'no-cache'` (`Cache-Control: max-age=0`), so the BFF asks
 * CodeCommit for branch tips and lists instead of reusing what it saw in the last few seconds.
 * So do reads in the seconds after a change made here, which another BFF instance behind the
 * same load balancer did not see. Other views cost nothing when the BFF has them.
 */
let loading = true;
let changedAt = Number.NEGATIVE_INFINITY;

export function stopRevalidating(): void {
  loading = false;
}

/** Every call names the page's region, when it is not the person's own. */
const inRegion = (init: RequestInit | undefined): RequestInit | undefined => {
  if (!pageRegion) return init;
  const headers = new Headers(init?.headers);
  headers.set(REGION_HEADER, pageRegion);
  return { ...init, headers };
};

const consoleFetch: typeof fetch = async (input, requestInit) => {
  const init = inRegion(requestInit);
  const method = (init?.method ?? 'GET').toUpperCase();
  if (method !== 'GET') {
    try {
      return await fetch(input, init);
    } finally {
      changedAt = Date.now();
    }
  }
  const revalidate = loading || Date.now() - changedAt < REUSE_SECONDS * 1000;
  return fetch(input, revalidate ? { ...init, cache: 'no-cache' } : init);
};

/** The BFF, typed end to end from its routes. */
export const api = hc<AppType>('/', { fetch: consoleFetch });

/** An error the BFF answered with: its HTTP status and AWS's message, shown as is. */
export class ApiError extends Error {
  readonly status: number;
  /** AWS's exception name when CodeCommit refused, such as ParentCommitIdOutdatedException. */
  readonly code: string | undefined;

  constructor(status: number, message: string, code?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

type SuccessStatus = 200 | 201 | 202 | 203 | 206;

/** The JSON body of the successful answers among a route's possible responses. */
export type SuccessBody<R> =
  R extends ClientResponse<infer Body, infer Status, infer Format>
    ? Status extends SuccessStatus
      ? Format extends 'json'
        ? Body
        : never
      : never
    : never;

/** The ApiError a failed response stands for, with the server's message when it sent one. */
export async function toApiError(
  response: Pick<Response, 'text' | 'status' | 'statusText'>,
): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  try {
    const body: unknown = JSON.parse(text);
    if (body && typeof body === 'object' && 'error' in body && typeof body.error === 'string') {
      const code = 'code' in body && typeof body.code === 'string' ? body.code : undefined;
      return new ApiError(response.status, body.error, code);
    }
  } catch {
    // Not JSON: fall through to the status line.
  }
  return new ApiError(
    response.status,
    text.trim() || `${response.status} ${response.statusText}`.trim(),
  );
}

/** Awaits a typed call and returns its JSON body, or throws an ApiError with the server's message. */
export async function unwrap<R extends ClientResponse<unknown, number, string>>(
  call: Promise<R>,
): Promise<SuccessBody<R>> {
  let response: R;
  try {
    response = await call;
  } catch {
    throw new ApiError(
      0,
      'The console cannot reach its server. Check the connection and try again.',
    );
  }
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as SuccessBody<R>;
}
