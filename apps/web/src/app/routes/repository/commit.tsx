import { useParams } from 'react-router';
import { CommitDetails } from '@/features/commits/components/commit-details.tsx';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { shortCommitId } from '@/lib/format.ts';
import { useRepositoryContext } from './repository-context.ts';

/** /repositories/:repositoryName/commit/:commitId?view=unified&whitespace=hide */
export function CommitRoute() {
  const { repositoryName } = useRepositoryContext();
  const commitId = useParams().commitId ?? '';
  useDocumentTitle(`Commit ${shortCommitId(commitId)} · ${repositoryName}`);
  return <CommitDetails key={commitId} repositoryName={repositoryName} commitId={commitId} />;
}
