import {
  CreateBranchCommand,
  DeleteBranchCommand,
  GetBranchCommand,
  ListBranchesCommand,
} from '@aws-sdk/client-codecommit';
import type { Branch } from '@cc/shared/branches';
import { GatewayError } from './errors.ts';
import { isCommitId, type CodeCommit } from './gateway.ts';

/**
 * What was last seen of a specifier: a branch's tip (a commit id), or, for a specifier GetBranch
 * refused (a tag, HEAD, an expression), until when to read it by name without asking GetBranch
 * again (epoch ms; a branch of that name may appear later). Only a hint for which cached answers
 * to try: a tip is never trusted without a GetBranch, so a stale hint costs a call, never a
 * wrong answer.
 */
type Seen = string | number;
const tipKey = (repositoryName: string, commitSpecifier: string) =>
  `branch-tip\u0000${repositoryName}\u0000${commitSpecifier}`;
const NOT_A_BRANCH_MS = 60_000;

function seenTip(codeCommit: CodeCommit, repositoryName: string, commitSpecifier: string) {
  const seen = codeCommit.cache.get<Seen>(tipKey(repositoryName, commitSpecifier));
  return {
    tip: typeof seen === 'string' ? seen : undefined,
    notABranch: typeof seen === 'number' && seen > Date.now(),
  };
}

/** Notes a tip seen in any answer (a listing, a commit made through the console). */
export function rememberBranchTip(
  codeCommit: CodeCommit,
  repositoryName: string,
  branchName: string,
  commitId: string,
): void {
  if (isCommitId(commitId)) codeCommit.cache.set(tipKey(repositoryName, branchName), commitId);
}

export async function getBranch(
  codeCommit: CodeCommit,
  repositoryName: string,
  branchName: string,
): Promise<Branch> {
  const output = await codeCommit.call((client) =>
    client.send(new GetBranchCommand({ repositoryName, branchName })),
  );
  const branch = {
    branchName: output.branch?.branchName ?? branchName,
    commitId: output.branch?.commitId ?? '',
  };
  rememberBranchTip(codeCommit, repositoryName, branchName, branch.commitId);
  return branch;
}

const notABranch = /^(BranchDoesNotExist|InvalidBranchName|AccessDenied)Exception$/;

/**
 * The commit a branch points to now (one GetBranch), or undefined when `commitSpecifier` names
 * no branch: such specifiers are then read by name, and remembered so they cost no GetBranch
 * again. AccessDenied counts as no branch, so a policy without GetBranch still reads by name.
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
    codeCommit.cache.set(tipKey(repositoryName, commitSpecifier), Date.now() + NOT_A_BRANCH_MS);
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
 * A commit id reads the cache directly. A branch whose last seen tip has the view cached costs
 * one GetBranch: the cached answer when the tip has not moved, else the view at the new tip.
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
  if (seen.tip !== undefined && read.isCached(seen.tip)) {
    const tip = await getBranchTip(codeCommit, repositoryName, commitSpecifier);
    if (tip !== undefined) return read.atCommit(tip);
  }
  const { value, commitId } = await read.bySpecifier();
  if (!seenTip(codeCommit, repositoryName, commitSpecifier).notABranch)
    rememberBranchTip(codeCommit, repositoryName, commitSpecifier, commitId);
  return value;
}

/** Every branch with its tip: ListBranches gives names only, so each tip is a GetBranch, in parallel. */
export async function listBranches(
  codeCommit: CodeCommit,
  repositoryName: string,
): Promise<Branch[]> {
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
  return Promise.all(names.map((branchName) => getBranch(codeCommit, repositoryName, branchName)));
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
