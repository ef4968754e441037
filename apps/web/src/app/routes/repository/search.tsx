import { useNavigate, useSearchParams } from 'react-router';
import { RefSelector } from '@/features/code/components/ref-selector.tsx';
import { SearchForm, type SearchFormValue } from '@/features/search/components/search-form.tsx';
import { SearchResults } from '@/features/search/components/search-results.tsx';
import '@/features/search/components/search-view.css';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { paths } from '@/lib/paths.ts';
import { useRepositoryContext } from './repository-context.ts';

/** /repositories/:repositoryName/search?ref=&q=&regex=1&case=1 */
export function SearchRoute() {
  const { repository, repositoryName } = useRepositoryContext();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const ref = params.get('ref') || repository.defaultBranch || '';
  const value: SearchFormValue = {
    q: params.get('q') ?? '',
    regex: params.get('regex') === '1',
    caseSensitive: params.get('case') === '1',
    folderPath: params.get('path') ?? '',
  };
  useDocumentTitle(
    value.q ? `Search “${value.q}” · ${repositoryName}` : `Search · ${repositoryName}`,
  );
  const go = (next: { ref?: string } & Partial<SearchFormValue>) =>
    navigate(paths.search(repositoryName, { ref, ...value, ...next }));

  return (
    <>
      <div className="code-toolbar">
        <RefSelector
          repositoryName={repositoryName}
          commitSpecifier={ref}
          onSelect={(nextRef) => void go({ ref: nextRef })}
        />
        <h2 className="page-title">
          Search in {ref}
          {value.folderPath ? ` / ${value.folderPath}` : ''}
        </h2>
      </div>
      <SearchForm key={params.toString()} value={value} onSearch={(next) => void go(next)} />
      {ref && (
        <SearchResults
          repositoryName={repositoryName}
          commitSpecifier={ref}
          query={value.q}
          regex={value.regex}
          caseSensitive={value.caseSensitive}
          folderPath={value.folderPath}
        />
      )}
    </>
  );
}
