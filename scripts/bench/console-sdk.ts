import { CodeCommitClient } from '@aws-sdk/client-codecommit';

/** An SDK client straight to the emulator that counts the calls it sends: the reference side. */
export interface CountingClient {
  client: CodeCommitClient;
  /** Calls sent since the last time this was asked. */
  takeCalls(): number;
}

export function countingClient(
  endpoint: string,
  user: { accessKeyId: string; secretAccessKey: string },
): CountingClient {
  const client = new CodeCommitClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: user.accessKeyId, secretAccessKey: user.secretAccessKey },
  });
  let calls = 0;
  client.middlewareStack.add(
    (next) => (args) => {
      calls += 1;
      return next(args);
    },
    { step: 'initialize', name: 'benchCallCounter' },
  );
  return {
    client,
    takeCalls: () => {
      const taken = calls;
      calls = 0;
      return taken;
    },
  };
}

/** Runs `action` over `items` with at most `inFlight` at once; answers in the items' order. */
export async function inBatches<T, R>(
  items: readonly T[],
  inFlight: number,
  action: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(inFlight, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await action(items[index]!, index);
      }
    }),
  );
  return results;
}
