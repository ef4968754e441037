import { EmptyState } from '@/components/empty-state.tsx';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { useSearchCode, type SearchCodeInput } from '../api/search-code.ts';
import { SearchFile } from './search-file.tsx';

/** Matches grouped by file, with what the search covered and any bound it met. */
export function SearchResults(input: SearchCodeInput) {
  const search = useSearchCode(input);
  if (!input.query) return null;
  if (search.isPending)
    return (
      <div className="panel panel-body">
        <Skeleton lines={8} label="Searching the files" />
      </div>
    );
  if (search.isError) return <ErrorMessage title="The search failed" error={search.error} />;
  const { files, searchedFiles, totalFiles, limits, commitId } = search.data;
  const matchingLines = files.reduce((sum, file) => sum + file.matchCount, 0);
  return (
    <div className="search-results">
      <p className="muted" role="status">
        {matchingLines.toLocaleString()} matching {matchingLines === 1 ? 'line' : 'lines'} in{' '}
        {files.length.toLocaleString()} {files.length === 1 ? 'file' : 'files'} · searched{' '}
        {searchedFiles.toLocaleString()} text {searchedFiles === 1 ? 'file' : 'files'} of{' '}
        {totalFiles.toLocaleString()}
      </p>
      {limits.map((limit) => (
        <p key={limit} className="notice" role="note">
          {limit}
        </p>
      ))}
      {files.length === 0 ? (
        <EmptyState title="No matches">Nothing in this ref matches the query.</EmptyState>
      ) : (
        files.map((file) => (
          <SearchFile
            key={file.filePath}
            repositoryName={input.repositoryName}
            commitId={commitId}
            file={file}
          />
        ))
      )}
    </div>
  );
}
