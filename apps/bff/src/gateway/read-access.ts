import {
  BatchGetCommitsCommand,
  GetBlobCommand,
  GetBlobDifferencesCommand,
  GetCommitCommand,
  GetDifferencesCommand,
  GetFileCommand,
  GetFolderCommand,
  type CodeCommitClient,
} from '@aws-sdk/client-codecommit';

/**
 * Which reads may serve each kind of content the gateway caches by id: a person IAM lets make
 * any of them on a repository could get that content from CodeCommit, so may get it from the
 * cache that others filled. Kinds not listed stay in each person's own part of the cache.
 */
const READS_OF_KIND: Record<string, readonly string[]> = {
  commit: ['GetCommit', 'BatchGetCommits'],
  blob: ['GetBlob', 'GetFile'],
  folder: ['GetFolder'],
  file: ['GetFile'],
  differences: ['GetDifferences'],
  'blob-differences': ['GetBlobDifferences'],
};

/** How long IAM's answer to one person about one repository is trusted. */
export const READ_ACCESS_MS = 5 * 60_000;

/** The kind and repository a content key names (`<kind>\0<repository>\0…`), if shareable. */
export function sharedContent(key: string): { kind: string; repositoryName: string } | undefined {
  const [kind = '', repositoryName = ''] = key.split('\u0000', 2);
  return READS_OF_KIND[kind] && repositoryName ? { kind, repositoryName } : undefined;
}

/** One person's known answers from IAM: per repository, per read, allowed or not until when. */
export interface ReadAccess {
  /** IAM let this person make a read that gives `kind`, on this repository, a short while ago. */
  allows(repositoryName: string, kind: string): boolean;
  /** No answer about this repository is known (or all have expired). */
  unknown(repositoryName: string): boolean;
  /** Some live answer says whether this person may make a read that gives `kind`. */
  knows(repositoryName: string, kind: string): boolean;
  record(repositoryName: string, operation: string, allowed: boolean): void;
}

export function createReadAccess(now: () => number): ReadAccess {
  const answers = new Map<string, { allowed: boolean; until: number }>();
  const at = (repositoryName: string, operation: string) =>
    answers.get(`${repositoryName}\u0000${operation}`);
  return {
    allows(repositoryName, kind) {
      const reads = READS_OF_KIND[kind] ?? [];
      // A refusal of any read of this kind wins: never serve what IAM just refused.
      const known = reads.map((operation) => at(repositoryName, operation));
      const live = known.filter((answer) => answer !== undefined && answer.until > now());
      return live.length > 0 && live.every((answer) => answer?.allowed);
    },
    knows(repositoryName, kind) {
      return (READS_OF_KIND[kind] ?? []).some((operation) => {
        const answer = at(repositoryName, operation);
        return answer !== undefined && answer.until > now();
      });
    },
    unknown(repositoryName) {
      const prefix = `${repositoryName}\u0000`;
      for (const [key, answer] of answers)
        if (key.startsWith(prefix) && answer.until > now()) return false;
      return true;
    },
    record(repositoryName, operation, allowed) {
      answers.set(`${repositoryName}\u0000${operation}`, {
        allowed,
        until: now() + READ_ACCESS_MS,
      });
    },
  };
}

const READ_COMMAND = /^(Get\w+|BatchGetCommits)Command$/;

/**
 * Records IAM's answer to every read the client makes on a repository: a success says the
 * person may make that read; an AccessDenied says they may not.
 */
export function withReadAccess(client: CodeCommitClient, access: ReadAccess): CodeCommitClient {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const operation = READ_COMMAND.exec(context.commandName ?? '')?.[1];
      const repositoryName = (args.input as { repositoryName?: unknown }).repositoryName;
      const watched = operation !== undefined && typeof repositoryName === 'string';
      try {
        const result = await next(args);
        if (watched) access.record(repositoryName, operation, true);
        return result;
      } catch (error) {
        // IAM decides before the service looks for the object: "does not exist" means allowed.
        const name = error instanceof Error ? error.name : '';
        if (watched && name === 'AccessDeniedException')
          access.record(repositoryName, operation, false);
        else if (watched && /DoesNotExistException$/.test(name))
          access.record(repositoryName, operation, true);
        throw error;
      }
    },
    { step: 'initialize', name: 'readAccess' },
  );
  return client;
}

/** No object has this id: each probe is refused by IAM, or answered "does not exist". */
const NO_SUCH_ID = '0'.repeat(40);

/**
 * Asks IAM, in one round trip, which reads this person may make on a repository: each read of
 * an id that cannot exist is either refused (AccessDenied) or answered "does not exist". The
 * answers are recorded by `withReadAccess`; nothing here throws.
 */
export async function probeReads(
  send: (run: (client: CodeCommitClient) => Promise<unknown>) => Promise<unknown>,
  repositoryName: string,
): Promise<void> {
  const commitSpecifier = NO_SUCH_ID;
  const probes: ((client: CodeCommitClient) => Promise<unknown>)[] = [
    (client) => client.send(new GetCommitCommand({ repositoryName, commitId: NO_SUCH_ID })),
    (client) =>
      client.send(new BatchGetCommitsCommand({ repositoryName, commitIds: [NO_SUCH_ID] })),
    (client) => client.send(new GetBlobCommand({ repositoryName, blobId: NO_SUCH_ID })),
    (client) =>
      client.send(new GetFolderCommand({ repositoryName, commitSpecifier, folderPath: '/' })),
    (client) =>
      client.send(new GetFileCommand({ repositoryName, commitSpecifier, filePath: 'probe' })),
    (client) =>
      client.send(new GetDifferencesCommand({ repositoryName, afterCommitSpecifier: NO_SUCH_ID })),
    (client) =>
      client.send(new GetBlobDifferencesCommand({ repositoryName, afterBlobId: NO_SUCH_ID })),
  ];
  await Promise.allSettled(probes.map((probe) => send(probe)));
}
