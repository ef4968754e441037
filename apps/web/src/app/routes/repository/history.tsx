import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { CommitList } from '@/features/commits/components/commit-list.tsx';
import { HistoryFilters } from '@/features/commits/components/history-filters.tsx';
import { RefSelector } from '@/features/code/components/ref-selector.tsx';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { paths } from '@/lib/paths.ts';
import { useRepositoryContext } from './repository-context.ts';

/** /repositories/:repositoryName/commits/:ref[/<path>]: history of a ref, or of one file. */
export function HistoryRoute() {
  const { repository, repositoryName } = useRepositoryContext();
  const params = useParams();
  const navigate = useNavigate();
  const ref = params.ref ?? '';
  const filePath = (params['*'] ?? '').replace(/\/+$/, '');
  const author = useSearchParams()[0].get('author')?.trim() || undefined;
  useDocumentTitle(`History${filePath ? ` of ${filePath}` : ''} · ${repositoryName}`);

  return (
    <>
      <div className="page-header">
        <h2>
          History{' '}
          {filePath ? (
            <>
              of <code>{filePath}</code>
            </>
          ) : null}{' '}
          on {ref}
        </h2>
        <div className="button-group">
          <RefSelector
            repositoryName={repositoryName}
            commitSpecifier={ref}
            onSelect={(next) => navigate(paths.history(repositoryName, next, filePath))}
          />
          {filePath ? (
            <Link className="button" to={paths.history(repositoryName, ref)}>
              Whole history
            </Link>
          ) : (
            <Link
              className="button"
              to={paths.compare(
                repositoryName,
                repository.defaultBranch,
                ref === repository.defaultBranch ? undefined : ref,
              )}
            >
              Compare
            </Link>
          )}
        </div>
      </div>
      <HistoryFilters
        key={filePath}
        repositoryName={repositoryName}
        commitSpecifier={ref}
        filePath={filePath}
      />
      <CommitList
        key={`${ref}:${filePath}`}
        repositoryName={repositoryName}
        commitSpecifier={ref}
        {...(filePath ? { filePath } : {})}
        {...(author ? { author } : {})}
      />
    </>
  );
}
