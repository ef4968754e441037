import type { Branch, GitTag } from '@cc/shared/branches';
import { listBranches as listBranchesWithApi, rememberBranchTip } from './branches.ts';
import { GatewayError } from './errors.ts';
import type { CodeCommit, Sighting } from './gateway.ts';
import { branchesFromRefs, readRefAdvertisement, tagsFromRefs } from './git-refs.ts';

export interface Refs {
  branches: Branch[];
  tags: GitTag[];
}

const refsKey = (repositoryName: string) => `refs\u0000${repositoryName}`;

/**
 * Every branch and tag with its tip, in one request to git's `info/refs`, reused like any
 * branch tip (see `CodeCommit.isRecent`): a few seconds, until a branch moves through this BFF,
 * or until a request asks fresh. Each tip is noted, so a view by that branch name that follows
 * needs no GetBranch. When git's endpoint refuses (a policy without `codecommit:GitPull`), the
 * branches come from ListBranches and GetBranch, and there are no tags.
 */
export function listRefs(codeCommit: CodeCommit, repositoryName: string): Promise<Refs> {
  const kept = codeCommit.cache.get<{ refs: Refs; seen: Sighting }>(refsKey(repositoryName));
  if (kept && codeCommit.isRecent(kept.seen)) return Promise.resolve(kept.refs);
  // The branches and the tags of one page arrive as two requests: one advertisement serves both.
  const pending = loading.get(codeCommit)?.get(repositoryName);
  if (pending) return pending;
  const load = loadRefs(codeCommit, repositoryName).finally(() =>
    loading.get(codeCommit)?.delete(repositoryName),
  );
  const forUser = loading.get(codeCommit) ?? new Map<string, Promise<Refs>>();
  forUser.set(repositoryName, load);
  loading.set(codeCommit, forUser);
  return load;
}

const loading = new WeakMap<CodeCommit, Map<string, Promise<Refs>>>();

async function loadRefs(codeCommit: CodeCommit, repositoryName: string): Promise<Refs> {
  const seen = codeCommit.sighting();
  let refs: Refs;
  try {
    const advertised = await readRefAdvertisement(codeCommit, repositoryName);
    refs = { branches: branchesFromRefs(advertised), tags: tagsFromRefs(advertised) };
  } catch (error) {
    if (!(error instanceof GatewayError) || error.status === 404) throw error;
    return { branches: await listBranchesWithApi(codeCommit, repositoryName), tags: [] };
  }
  for (const branch of refs.branches)
    rememberBranchTip(codeCommit, repositoryName, branch.branchName, branch.commitId, seen);
  codeCommit.cache.set(refsKey(repositoryName), { refs, seen });
  return refs;
}
