import type { CodeCommit } from './gateway.ts';

type Kept<T> = { value: T; until: number };

/**
 * `load`'s answer, kept for this person for `ms` from when it came (the gateway's clock), then
 * loaded again; `ms` may depend on the answer. Whoever asks while it loads waits for that load
 * rather than starting another. A window that starts with each answer, unlike one cut from the
 * clock, never ends seconds after the answer came.
 *
 * @example
 * const permissions = await keptFor(codeCommit, 'permissions\u0000account', 300_000, probe);
 */
export async function keptFor<T>(
  codeCommit: CodeCommit,
  key: string,
  ms: number | ((value: T) => number),
  load: () => Promise<T>,
): Promise<T> {
  const kept = codeCommit.cache.get<Kept<T>>(key);
  if (kept && kept.until > codeCommit.now()) return kept.value;
  const fresh = await codeCommit.cache.getOrLoad<Kept<T>>(
    `${key}\u0000after\u0000${kept?.until ?? 0}`,
    async () => {
      const value = await load();
      return { value, until: codeCommit.now() + (typeof ms === 'number' ? ms : ms(value)) };
    },
  );
  codeCommit.cache.set(key, fresh);
  return fresh.value;
}
