import { useNavigate, useSearchParams } from 'react-router';
import { useBranches } from '@/features/code/api/list-branches.ts';
import { useGitTags } from '@/features/code/api/list-git-tags.ts';
import { CompareView } from '@/features/commits/components/compare-view.tsx';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { paths } from '@/lib/paths.ts';
import { useRepositoryContext } from './repository-context.ts';

/** /repositories/:repositoryName/compare?destination=main&source=feature */
export function CompareRoute() {
  const { repository, repositoryName } = useRepositoryContext();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const branches = useBranches(repositoryName);
  const tags = useGitTags(repositoryName);
  const destination = searchParams.get('destination') ?? repository.defaultBranch ?? '';
  const source = searchParams.get('source') ?? '';
  useDocumentTitle(`Compare · ${repositoryName}`);

  return (
    <>
      <div className="page-header">
        <h2>Compare</h2>
      </div>
      <CompareView
        repositoryName={repositoryName}
        refNames={{
          branches: (branches.data?.branches ?? []).map((branch) => branch.branchName).sort(),
          tags: (tags.data?.tags ?? []).map((tag) => tag.tagName).sort(),
        }}
        destination={destination}
        source={source}
        onChange={(nextDestination, nextSource) =>
          navigate(paths.compare(repositoryName, nextDestination, nextSource), { replace: true })
        }
      />
    </>
  );
}
