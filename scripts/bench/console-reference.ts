import {
  BatchGetCommitsCommand,
  GetDifferencesCommand,
  type CodeCommitClient,
  type Commit,
  type Difference,
} from '@aws-sdk/client-codecommit';

/** Seconds since the epoch from git's "<seconds> <zone>" date. */
const commitTime = (commit: Commit) => Number(/^\d+/.exec(commit.committer?.date ?? '')?.[0] ?? 0);

/**
 * A page of history the only way the API allows: BatchGetCommits on the frontier, take the
 * newest, add its parents. What any client without a cache pays for the same page.
 */
export async function walkHistory(
  client: CodeCommitClient,
  repositoryName: string,
  tip: string,
  limit: number,
): Promise<Commit[]> {
  const frontier = new Map<string, Commit>();
  const seen = new Set<string>();
  let toLoad = [tip];
  const commits: Commit[] = [];
  while (commits.length < limit) {
    if (toLoad.length > 0) {
      const { commits: loaded = [] } = await client.send(
        new BatchGetCommitsCommand({ repositoryName, commitIds: toLoad.slice(0, 100) }),
      );
      for (const commit of loaded) frontier.set(commit.commitId ?? '', commit);
    }
    const [next] = [...frontier.values()].sort((a, b) => commitTime(b) - commitTime(a));
    if (!next) break;
    frontier.delete(next.commitId ?? '');
    seen.add(next.commitId ?? '');
    commits.push(next);
    toLoad = (next.parents ?? []).filter((id) => !frontier.has(id) && !seen.has(id));
  }
  return commits;
}

/** Every difference between two commits, GetDifferences page by page (400 a page, as the BFF asks). */
export async function readDifferences(
  client: CodeCommitClient,
  input: { repositoryName: string; beforeCommitSpecifier?: string; afterCommitSpecifier: string },
): Promise<Difference[]> {
  const differences: Difference[] = [];
  let NextToken: string | undefined;
  do {
    const page = await client.send(
      new GetDifferencesCommand({ ...input, MaxResults: 400, NextToken }),
    );
    differences.push(...(page.differences ?? []));
    NextToken = page.NextToken;
  } while (NextToken);
  return differences;
}
