import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { listRefs } from '../../gateway/refs.ts';
import { getCommit } from '../../gateway/commits.ts';
import { isCommitId, type CodeCommit } from '../../gateway/gateway.ts';
import { getHistoryPage } from '../commits/history.ts';

/** How many of each branch's latest commits an abbreviated id is looked for among. */
export const COMMITS_SEARCHED_PER_BRANCH = 100;

export const commitIdPrefixQuerySchema = z.object({
  prefix: z
    .string()
    .regex(/^[0-9a-fA-F]{4,40}$/, 'prefix must be 4 to 40 hexadecimal digits of a commit id')
    .transform((prefix) => prefix.toLowerCase()),
});

const fullIdNeeded = 'Give more of the id, or all 40 characters.';

/**
 * The full id of the commit `prefix` names. A full id is checked with GetCommit. CodeCommit
 * takes no abbreviated ids, so an abbreviation is looked for among the latest commits of every
 * branch (walked as the history view walks them, from the cache when warm) and must name
 * exactly one of them; otherwise a 400 says what went wrong.
 */
export async function resolveCommitIdPrefix(
  codeCommit: CodeCommit,
  repositoryName: string,
  prefix: string,
): Promise<string> {
  // Enough digits to tell the candidates apart (isCommitId narrows `prefix` away below).
  const shownDigits = prefix.length + 4;
  if (isCommitId(prefix)) return (await getCommit(codeCommit, repositoryName, prefix)).commitId;
  const { branches } = await listRefs(codeCommit, repositoryName);
  const matches = new Set<string>();
  for (const branch of branches) {
    const page = await getHistoryPage(codeCommit, {
      repositoryName,
      commitSpecifier: branch.commitId,
      limit: COMMITS_SEARCHED_PER_BRANCH,
    });
    for (const commit of page.commits)
      if (commit.commitId.startsWith(prefix)) matches.add(commit.commitId);
  }
  const [only, ...others] = matches;
  if (only && others.length === 0) return only;
  if (only) {
    const listed = [...matches].map((commitId) => commitId.slice(0, shownDigits));
    throw new HTTPException(400, {
      message: `${prefix} is ambiguous: ${matches.size} commits start with it (${listed.join(', ')}). ${fullIdNeeded}`,
    });
  }
  throw new HTTPException(400, {
    message: `No commit among the latest ${COMMITS_SEARCHED_PER_BRANCH} of each branch starts with ${prefix}. ${fullIdNeeded}`,
  });
}
