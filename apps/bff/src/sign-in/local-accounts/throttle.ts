import { RateLimiterMemory } from 'rate-limiter-flexible';

export interface ThrottleLimits {
  /** Failed sign-ins per account before it is held back (default 5). */
  perAccount?: number;
  /** Failed sign-ins per client address before it is held back (default 20). */
  perAddress?: number;
  /** How long failures are counted, and how long a held-back account or address waits (default 900). */
  seconds?: number;
}

/**
 * Failed sign-ins counted per account and per address (`rate-limiter-flexible`, the kept
 * library for this, in memory). Past the limit, every attempt is refused for a while, even
 * with the right password, so guessing a password over the network stays slow.
 */
export interface SignInThrottle {
  /** Seconds to wait before trying again, or 0 when an attempt may be made now. */
  retryAfter(userName: string, address: string | undefined): Promise<number>;
  failed(userName: string, address: string | undefined): Promise<void>;
  succeeded(userName: string): Promise<void>;
}

export function signInThrottle(limits: ThrottleLimits = {}): SignInThrottle {
  const seconds = limits.seconds ?? 900;
  const accounts = new RateLimiterMemory({
    keyPrefix: 'account',
    points: limits.perAccount ?? 5,
    duration: seconds,
    blockDuration: seconds,
  });
  const addresses = new RateLimiterMemory({
    keyPrefix: 'address',
    points: limits.perAddress ?? 20,
    duration: seconds,
    blockDuration: seconds,
  });
  const wait = async (limiter: RateLimiterMemory, key: string) => {
    const state = await limiter.get(key);
    return state && state.remainingPoints <= 0 ? Math.ceil(state.msBeforeNext / 1000) : 0;
  };
  const swallow = (error: unknown) => {
    // consume() rejects with the limiter's state once the points are spent: that is expected.
    if (error instanceof Error) throw error;
  };
  return {
    async retryAfter(userName, address) {
      const [byAccount, byAddress] = await Promise.all([
        wait(accounts, userName),
        address ? wait(addresses, address) : 0,
      ]);
      return Math.max(byAccount, byAddress);
    },
    async failed(userName, address) {
      await accounts.consume(userName).catch(swallow);
      if (address) await addresses.consume(address).catch(swallow);
    },
    async succeeded(userName) {
      await accounts.delete(userName);
    },
  };
}
