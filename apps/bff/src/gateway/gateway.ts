import type { CodeCommitClient } from '@aws-sdk/client-codecommit';
import type { Tracer } from '@opentelemetry/api';
import { REUSE_SECONDS } from '@cc/shared/limits';
import type { Actor } from '../identity/actor.ts';
import { ByteLruCache } from './cache.ts';
import { isRevalidating, recordCodeCommitCall } from './call-counter.ts';
import { createCodeCommitClient } from './client.ts';
import { mapCodeCommitError } from './errors.ts';
import { createLimiter } from './limit.ts';
import {
  observeCodeCommitCalls,
  type CodeCommitCallRecord,
} from '../observability/codecommit-calls.ts';
import { createReadAccess, probeReads, sharedContent, withReadAccess } from './read-access.ts';
import type { SharedBackend } from './shared.ts';

/** What never changes, cached for one console user (keys are scoped to the user, see below). */
export interface UserCache {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
  getOrLoad<T>(key: string, load: () => Promise<T>): Promise<T>;
  /**
   * Brings what other instances hold for these keys into this one, so `get` finds them; at
   * once when there is no shared store or every key is here already.
   */
  warm(keys: readonly string[]): Promise<void>;
}

/** CodeCommit as one console user sees it: every call goes through `call`. */
export interface CodeCommit {
  /** The person's name, as the console shows it. */
  userName: string;
  /** The ARN CodeCommit records for this person's actions (from STS GetCallerIdentity). */
  callerArn: string;
  actor: Actor;
  /** Runs one SDK call: counted for the request, held to the concurrency limit, errors mapped. */
  call<T>(run: (client: CodeCommitClient) => Promise<T>): Promise<T>;
  cache: UserCache;
  /**
   * A changeable answer (the repository list, a repository's metadata) reused for
   * `listCacheSeconds`, or until a change made through this BFF by anyone, or for a request that
   * asks fresh: a short window of staleness for changes made elsewhere, in exchange for views
   * that cost nothing when warm.
   */
  recent<T>(key: string, load: () => Promise<T>): Promise<T>;
  /** Marks every user's recent answers stale after a change, on every instance. */
  changed(): Promise<void>;
  /** The gateway's clock, in epoch milliseconds (`GatewayOptions.clock`). */
  now(): number;
  /**
   * Learns which reads IAM lets this person make on a repository (one round trip of probes,
   * at most once per few minutes), so content others read is served to them from the cache.
   */
  checkReads(repositoryName: string): Promise<void>;
  /**
   * Settles once a `checkReads` under way for this repository has its answers, when they could
   * let shared content of this kind (`commit`, `blob`, `folder`, …) serve; at once otherwise.
   */
  readsChecked(repositoryName: string, kind: string): Promise<void>;
  /** Now, as a moment a branch tip was seen (see `isRecent`). */
  sighting(): Sighting;
  /**
   * True when a branch tip seen at `seen` may be used without asking: seen within
   * `branchTipSeconds`, no branch moved through this BFF since, and the request did not ask
   * for fresh answers.
   */
  isRecent(seen: Sighting): boolean;
}

/** When a branch tip was seen: the time, and how many branch moves this BFF had made then. */
export interface Sighting {
  at: number;
  moves: number;
}

interface Recent {
  value: unknown;
  expires: number;
  generation: number;
}

export interface GatewayOptions {
  /** Upper bound of the immutable-object cache, in bytes (default 128 MiB). */
  cacheBytes?: number;
  /** CodeCommit calls in flight at once, over all users (default 16). */
  maxConcurrentCalls?: number;
  /** How long a repository list is reused, in seconds (default 10; 0 asks CodeCommit every time). */
  listCacheSeconds?: number;
  /**
   * How long a branch tip seen in an answer is used without a GetBranch, in seconds (default
   * 10; 0 confirms every tip). Any branch moved through this BFF ends the window at once.
   */
  branchTipSeconds?: number;
  /**
   * Now, in epoch milliseconds, for every window the gateway keeps (default `Date.now`): tests
   * pass a clock they move themselves, so no window depends on how busy the machine is.
   */
  clock?: () => number;
  /** Told of every CodeCommit call the SDK made: outcome, throttles, retries (the metrics). */
  onCodeCommitCall?: (call: CodeCommitCallRecord) => void;
  /** Makes a span of each CodeCommit call (OpenTelemetry), a child of the request's. */
  tracer?: Tracer;
  /**
   * A store shared by several instances (Valkey or Redis): content named by an id is kept
   * there for all, and every change is announced there, so no instance reuses a tip or a list
   * another has changed. Without one, everything stays in this process.
   */
  shared?: SharedBackend;
}

export interface Gateway {
  forActor(actor: Actor): CodeCommit;
  /** Drops a signed-out person's client. */
  forget(actorKey: string): void;
  /** Learns the changes other instances announced: call before a request uses what is kept. */
  catchUp(): Promise<void>;
  cache: ByteLruCache;
}

/**
 * The one place the console reaches CodeCommit. One SDK client per console user, made on
 * first use and kept. Content named by an id (commits, trees, blobs, differences) is cached
 * once for everyone, and served to a person only while IAM's answer that they may read it from
 * that repository is fresh (see read-access.ts); everything else is kept under the person's name.
 */
export function createGateway(options: GatewayOptions = {}): Gateway {
  const cache = new ByteLruCache(options.cacheBytes ?? 128 * 1024 * 1024);
  /** Repositories with content in the shared part of the cache: only for those is a check worth a wait. */
  const sharedRepositories = new Set<string>();
  const limit = createLimiter(options.maxConcurrentCalls ?? 16);
  const gateways = new Map<string, CodeCommit>();
  const recentMs = (options.listCacheSeconds ?? REUSE_SECONDS) * 1000;
  const tipMs = (options.branchTipSeconds ?? REUSE_SECONDS) * 1000;
  const now = options.clock ?? Date.now;
  const shared = options.shared;
  let generation = 0;
  let branchMoves = 0;
  const moved = async () => {
    branchMoves += 1;
    await shared?.announce('branches');
  };
  /** Content from the shared store when another instance loaded it, else loaded and shared. */
  const sharedLoad =
    <T>(key: string, load: () => Promise<T>) =>
    async (): Promise<T> => {
      const found = await shared?.loadMany([key]);
      if (found?.has(key)) return found.get(key) as T;
      const value = await load();
      shared?.store(key, value);
      return value;
    };
  const SHARED = 'shared\u0000';

  function forActor(actor: Actor): CodeCommit {
    const existing = gateways.get(actor.key);
    if (existing) return existing;
    let client: Promise<CodeCommitClient> | undefined;
    const scope = `${actor.key}\u0000`;
    // A repository name means another repository in another region: so does its shared content.
    const regional = (key: string) => (actor.region ? `${actor.region}\u0000${key}` : key);
    const access = createReadAccess(now);
    /** Where `key` lives for this person: the shared entry when IAM lets them read it. */
    const keyFor = (key: string) => {
      const content = sharedContent(key);
      if (!content || !access.allows(content.repositoryName, content.kind)) return scope + key;
      sharedRepositories.add(content.repositoryName);
      return SHARED + regional(key);
    };
    const checking = new Map<string, Promise<void>>();
    async function recent<T>(key: string, load: () => Promise<T>): Promise<T> {
      const recentKey = `${scope}recent\u0000${key}`;
      const kept = cache.get<Recent>(recentKey);
      if (kept && kept.generation === generation && kept.expires > now() && !isRevalidating()) {
        return kept.value as T;
      }
      const loadedAt = generation;
      const value = await load();
      // A change made while this loaded may be missing from it: keep it only if none was.
      if (recentMs > 0 && loadedAt === generation) {
        cache.set(recentKey, { value, expires: now() + recentMs, generation: loadedAt });
      }
      return value;
    }
    const gateway: CodeCommit = {
      userName: actor.name,
      callerArn: actor.caller.arn,
      actor,
      call: (run) =>
        limit(async () => {
          client ??= createCodeCommitClient(actor).then((made) =>
            withReadAccess(
              withBranchMoves(
                observeCodeCommitCalls(made, options.onCodeCommitCall, options.tracer),
                moved,
              ),
              access,
            ),
          );
          recordCodeCommitCall();
          try {
            return await run(await client);
          } catch (error) {
            throw mapCodeCommitError(error);
          }
        }),
      cache: {
        get: (key) => cache.get(keyFor(key)),
        // Stored after the read that loaded it, which recorded IAM's yes: shared from then on.
        set: (key, value) => {
          const target = keyFor(key);
          cache.set(target, value);
          if (target.startsWith(SHARED)) shared?.store(regional(key), value);
        },
        getOrLoad: async (key, load) => {
          const target = keyFor(key);
          const isShared = target.startsWith(SHARED);
          const value = await cache.getOrLoad(
            target,
            isShared ? sharedLoad(regional(key), load) : load,
          );
          // The load may have been the read that told IAM's yes: share what it found.
          const sharedKey = keyFor(key);
          if (!isShared && sharedKey !== target && !cache.has(sharedKey)) {
            cache.set(sharedKey, value);
            shared?.store(regional(key), value);
          }
          return value;
        },
        async warm(keys) {
          if (!shared) return;
          const wanted = keys
            .filter((key) => {
              const target = keyFor(key);
              return target.startsWith(SHARED) && !cache.has(target);
            })
            .map(regional);
          if (wanted.length === 0) return;
          for (const [key, value] of await shared.loadMany(wanted)) cache.set(SHARED + key, value);
        },
      },
      readsChecked: (repositoryName, kind) =>
        // With a shared store, any repository may have content another instance loaded.
        ((shared !== undefined || sharedRepositories.has(repositoryName)) &&
          !access.knows(repositoryName, kind) &&
          checking.get(repositoryName)) ||
        Promise.resolve(),
      checkReads(repositoryName) {
        if (!access.unknown(repositoryName)) return Promise.resolve();
        const pending = checking.get(repositoryName);
        if (pending) return pending;
        const probing = probeReads(gateway.call, repositoryName).finally(() =>
          checking.delete(repositoryName),
        );
        checking.set(repositoryName, probing);
        return probing;
      },
      recent,
      async changed() {
        generation += 1;
        branchMoves += 1;
        await shared?.announce('lists');
      },
      now,
      sighting: () => ({ at: now(), moves: branchMoves }),
      isRecent: (seen) =>
        seen.moves === branchMoves && seen.at + tipMs > now() && !isRevalidating(),
    };
    gateways.set(actor.key, gateway);
    return gateway;
  }

  return {
    forActor,
    forget: (actorKey) => {
      gateways.delete(actorKey);
    },
    async catchUp() {
      if (!shared) return;
      const changes = await shared.changesSince();
      if (changes.has('lists')) generation += 1;
      if (changes.size > 0) branchMoves += 1;
    },
    cache,
  };
}

/** Commands that move, make or remove a branch when they succeed. */
const MOVES_BRANCHES =
  /^(PutFile|DeleteFile|CreateCommit|CreateBranch|DeleteBranch|MergeBranchesBy\w+|MergePullRequestBy\w+|UpdateDefaultBranch|UpdateRepositoryName|DeleteRepository)Command$/;
/** Refusals that mean a tip the caller believed in has moved. */
const TIP_MOVED = /^(ParentCommitIdOutdated|TipOfSourceReferenceIsDifferent)Exception$/;

/**
 * Calls `moved` after every call that changes branches, whoever makes it through this client,
 * and after every refusal saying a tip moved elsewhere, so no tip seen before is used again
 * without asking. Deletions of nothing (DeleteBranch or DeleteRepository answering without
 * what they deleted, as for a permission probe) change nothing.
 */
function withBranchMoves(client: CodeCommitClient, moved: () => Promise<void>): CodeCommitClient {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      try {
        const result = await next(args);
        const output = result.output as { deletedBranch?: unknown; repositoryId?: unknown };
        const deletedNothing =
          (context.commandName === 'DeleteBranchCommand' && !output.deletedBranch) ||
          (context.commandName === 'DeleteRepositoryCommand' && !output.repositoryId);
        if (MOVES_BRANCHES.test(context.commandName ?? '') && !deletedNothing) await moved();
        return result;
      } catch (error) {
        if (error instanceof Error && TIP_MOVED.test(error.name)) await moved();
        throw error;
      }
    },
    { step: 'initialize', name: 'branchMoves' },
  );
  return client;
}

/** True for a full commit id: the one kind of specifier whose answers never change. */
export function isCommitId(specifier: string | undefined): specifier is string {
  return specifier !== undefined && /^[0-9a-f]{40}$/.test(specifier);
}

/** Splits `items` into arrays of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    chunks.push(items.slice(start, start + size));
  return chunks;
}
