import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useUpdateSearchParams } from '@/hooks/use-update-search-params.ts';
import { paths } from '@/lib/paths.ts';

type HistoryFiltersProps = { repositoryName: string; commitSpecifier: string; filePath: string };

/**
 * Filters for a history, kept in the URL: an author (`?author=`, matched in the commits read)
 * and a path (the file or folder history's own address, from ListFileCommitHistory).
 */
export function HistoryFilters({ repositoryName, commitSpecifier, filePath }: HistoryFiltersProps) {
  const [searchParams] = useSearchParams();
  const updateSearchParams = useUpdateSearchParams();
  const navigate = useNavigate();
  const [path, setPath] = useState(filePath);

  const applyPath = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = path.trim().replace(/^\/+|\/+$/g, '');
    const author = searchParams.get('author');
    const target = paths.history(repositoryName, commitSpecifier, trimmed);
    void navigate(author ? `${target}?${new URLSearchParams({ author }).toString()}` : target);
  };

  return (
    <div className="history-filters">
      <label className="history-filter">
        <span>Author</span>
        <input
          type="search"
          placeholder="Name or email"
          value={searchParams.get('author') ?? ''}
          onChange={(event) => updateSearchParams('author', event.target.value)}
        />
      </label>
      <form className="history-filter" onSubmit={applyPath} role="search" aria-label="Path">
        <label>
          <span>Path</span>
          <input
            type="search"
            placeholder="A file, e.g. src/index.ts"
            value={path}
            onChange={(event) => setPath(event.target.value)}
          />
        </label>
        <button type="submit" className="button">
          Filter
        </button>
      </form>
    </div>
  );
}
