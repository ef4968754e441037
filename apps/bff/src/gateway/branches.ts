import {
  CreateBranchCommand,
  DeleteBranchCommand,
  GetBranchCommand,
  ListBranchesCommand,
} from '@aws-sdk/client-codecommit';
import type { Branch } from '@cc/shared/branches';
import { GatewayError } from './errors.ts';
import { isCommitId, type CodeCommit, type Sighting } from './gateway.ts';

/**
 * What was last seen of a specifier: a branch's tip (a commit id) and when it was seen, or, for
 * a specifier GetBranch refused (a tag, HEAD, an expression), until when to read it by name
 * without asking GetBranch again (epoch ms; a branch of that name may appear later). A tip seen
 * in the last few seconds is used as is (see `CodeCommit.isRecent`); an older one is only a hint
 * for which cached answers to try, confirmed by a GetBranch, so it costs a call, never a wrong
 * answer.
 */
type Seen = { commitId: string; seen: Sighting } | number;
const tipKey = (repositoryName: string, commitSpecifier: string) =>
  `branch-tip\u0000${repositoryName}\u0000${commitSpecifier}`;
const NOT_A_BRANCH_MS = 60_000;

function seenTip(codeCommit: CodeCommit, repositoryName: string, commitSpecifier: string) {
  const seen = codeCommit.cache.get<Seen>(tipKey(repositoryName, commitSpecifier));
  const tip = typeof seen === 'object' ? seen : undefined;
  return {
    tip: tip?.commitId,
    /** The tip may be used without a GetBranch. */
    recent: tip !== undefined && codeCommit.isRecent(tip.seen),
    notABranch: typeof seen === 'number' && seen > codeCommit.now(),
  };
}

/** Notes a tip seen in any answer (a GetBranch, a listing, a commit made through the console). */
export function rememberBranchTip(
  codeCommit: CodeCommit,
  repositoryName: string,
  branchName: string,
  commitId: string,
  /** When the answer was asked for: a branch moved while it was on its way makes it old. */
  asked: Sighting = codeCommit.sighting(),
): void {
  if (!isCommitId(commitId)) return;
  const seen: Seen = { commitId, seen: asked };
  codeCommit.cache.set(tipKey(repositoryName, branchName), seen);
}

export async function getBranch(
  codeCommit: CodeCommit,
  repositoryName: string,
  branchName: string,
): Promise<Branch> {
  const seen = seenTip(codeCommit, repositoryName, branchName);
  if (seen.recent && seen.tip !== undefined) return { branchName, commitId: seen.tip };
  const asked = codeCommit.sighting();
  const output = await codeCommit.call((client) =>
    client.send(new GetBranchCommand({ repositoryName, branchName })),
  );
  const branch = {
    branchName: output.branch?.branchName ?? branchName,
    commitId: output.branch?.commitId ?? '',
  };
  rememberBranchTip(codeCommit, repositoryName, branchName, branch.commitId, asked);
  return branch;
}

const notABranch = /^(BranchDoesNotExist|InvalidBranchName|AccessDenied)Exception$/;

/**
 * The commit a branch points to now (a GetBranch unless seen in the last few seconds), or
 * undefined when `commitSpecifier` names no branch: such specifiers are then read by name, and
 * remembered so they cost no GetBranch again. AccessDenied counts as no branch, so a policy
 * without GetBranch still reads by name.
 */
export async function getBranchTip(
  codeCommit: CodeCommit,
  repositoryName: string,
  commitSpecifier: string,
): Promise<string | undefined> {
  if (seenTip(codeCommit, repositoryName, commitSpecifier).notABranch) return undefined;
  try {
    return (await getBranch(codeCommit, repositoryName, commitSpecifier)).commitId;
  } catch (error) {
    if (!(error instanceof GatewayError) || !notABranch.test(error.code ?? '')) throw error;
    codeCommit.cache.set(
      tipKey(repositoryName, commitSpecifier),
      codeCommit.now() + NOT_A_BRANCH_MS,
    );
    return undefined;
  }
}

/** How to read one view (a folder, a file) at a commit, for `readAtBranchTip`. */
export interface ReadAtCommit<T> {
  /** True when the answer at this commit id is cached: reading it asks CodeCommit nothing. */
  isCached(commitId: string): boolean;
  /** The answer at a commit id, from the cache or loaded into it. */
  atCommit(commitId: string): Promise<T>;
  /** The answer asked for by the specifier itself (one call), with the commit it resolved to. */
  bySpecifier(): Promise<{ value: T; commitId: string }>;
}

/**
 * A view addressed by any specifier, served from the commit-id cache whenever that is right.
 * A commit id reads the cache directly. A branch seen in the last few seconds is read at that
 * tip without asking. A branch whose older tip has the view cached costs one GetBranch: the
 * cached answer when the tip has not moved, else the view at the new tip.
 * Otherwise the specifier is read by name in one call and its answer filed under the commit it
 * resolved to, so a view never costs more calls than asking by name did, plus a GetBranch when
 * a branch moved.
 */
export async function readAtBranchTip<T>(
  codeCommit: CodeCommit,
  repositoryName: string,
  commitSpecifier: string | undefined,
  read: ReadAtCommit<T>,
): Promise<T> {
  if (isCommitId(commitSpecifier)) return read.atCommit(commitSpecifier);
  // No specifier means the default branch, which can change: asked by name every time.
  if (commitSpecifier === undefined) return (await read.bySpecifier()).value;
  const seen = seenTip(codeCommit, repositoryName, commitSpecifier);
  if (seen.tip !== undefined && (seen.recent || read.isCached(seen.tip))) {
    const tip = await getBranchTip(codeCommit, repositoryName, commitSpecifier);
    if (tip !== undefined) return read.atCommit(tip);
  }
  const asked = codeCommit.sighting();
  const { value, commitId } = await read.bySpecifier();
  if (!seenTip(codeCommit, repositoryName, commitSpecifier).notABranch)
    rememberBranchTip(codeCommit, repositoryName, commitSpecifier, commitId, asked);
  return value;
}

/**
 * Every branch with its tip: ListBranches gives names only, so each tip is a GetBranch, in
 * parallel. Names and tips seen in the last few seconds are used as they are, like any tip.
 */
export async function listBranches(
  codeCommit: CodeCommit,
  repositoryName: string,
): Promise<Branch[]> {
  const names = await listBranchNames(codeCommit, repositoryName);
  return Promise.all(names.map((branchName) => getBranch(codeCommit, repositoryName, branchName)));
}

async function listBranchNames(codeCommit: CodeCommit, repositoryName: string): Promise<string[]> {
  const key = `branch-names\u0000${repositoryName}`;
  const kept = codeCommit.cache.get<{ names: string[]; seen: Sighting }>(key);
  if (kept && codeCommit.isRecent(kept.seen)) return kept.names;
  const seen = codeCommit.sighting();
  const names: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await codeCommit.call((client) =>
      client.send(new ListBranchesCommand({ repositoryName, nextToken })),
    );
    names.push(...(page.branches ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  names.sort((a, b) => a.localeCompare(b));
  codeCommit.cache.set(key, { names, seen });
  return names;
}

export async function createBranch(
  codeCommit: CodeCommit,
  input: { repositoryName: string; branchName: string; commitId: string },
): Promise<Branch> {
  await codeCommit.call((client) => client.send(new CreateBranchCommand(input)));
  rememberBranchTip(codeCommit, input.repositoryName, input.branchName, input.commitId);
  return { branchName: input.branchName, commitId: input.commitId };
}

export async function deleteBranch(
  codeCommit: CodeCommit,
  repositoryName: string,
  branchName: string,
): Promise<Branch> {
  const output = await codeCommit.call((client) =>
    client.send(new DeleteBranchCommand({ repositoryName, branchName })),
  );
  return {
    branchName: output.deletedBranch?.branchName ?? branchName,
    commitId: output.deletedBranch?.commitId ?? '',
  };
}
