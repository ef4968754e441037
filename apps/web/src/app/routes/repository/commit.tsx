import { Navigate, useLocation, useParams } from 'react-router';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { useCommitId } from '@/features/code/api/get-commit-id.ts';
import { looksLikeCommitId } from '@/features/code/lib/ref-options.ts';
import { CommitDetails } from '@/features/commits/components/commit-details.tsx';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { shortCommitId } from '@/lib/format.ts';
import { paths } from '@/lib/paths.ts';
import { useRepositoryContext } from './repository-context.ts';

/** /repositories/:repositoryName/commit/:commitId?view=unified&whitespace=hide */
export function CommitRoute() {
  const { repositoryName } = useRepositoryContext();
  const commitId = useParams().commitId ?? '';
  useDocumentTitle(`Commit ${shortCommitId(commitId)} · ${repositoryName}`);
  if (/^[0-9a-f]{40}$/.test(commitId))
    return <CommitDetails key={commitId} repositoryName={repositoryName} commitId={commitId} />;
  return <FullCommitId key={commitId} repositoryName={repositoryName} prefix={commitId} />;
}

/** An abbreviated id (or one in capitals) leads to the address with the full id, when unambiguous. */
function FullCommitId({ repositoryName, prefix }: { repositoryName: string; prefix: string }) {
  const { search, hash } = useLocation();
  const valid = looksLikeCommitId(prefix);
  const resolved = useCommitId({ repositoryName, prefix }, { enabled: valid });
  if (!valid)
    return (
      <ErrorMessage
        title="This commit could not be opened"
        error={`${prefix} is not a commit id: give 4 to 40 of its hexadecimal digits.`}
      />
    );
  if (resolved.isPending) return <Skeleton lines={6} label={`Looking for commit ${prefix}`} />;
  if (resolved.isError)
    return <ErrorMessage title="This commit could not be opened" error={resolved.error} />;
  return (
    <Navigate
      replace
      to={`${paths.commit(repositoryName, resolved.data.commitId)}${search}${hash}`}
    />
  );
}
