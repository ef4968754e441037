import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { useFolder } from '../api/get-folder.ts';
import { folderEntries } from '@cc/shared/folder-entries';
import { FolderListing } from './folder-listing.tsx';
import { FolderReadme } from './folder-readme.tsx';
import { useFirstPaintDone } from '@/lib/first-paint.ts';

type FolderViewProps = { repositoryName: string; commitSpecifier: string; folderPath: string };

/** A folder's entries at a ref, then its README if it has one. */
export function FolderView({ repositoryName, commitSpecifier, folderPath }: FolderViewProps) {
  const folder = useFolder({ repositoryName, commitSpecifier, folderPath });
  useFirstPaintDone(!folder.isPending);

  if (folder.isPending)
    return (
      <div className="panel panel-body">
        <Skeleton lines={8} label="Loading the folder" />
      </div>
    );
  if (folder.isError) {
    return (
      <ErrorMessage
        title="The folder could not be read"
        error={folder.error}
        onRetry={() => void folder.refetch()}
      />
    );
  }

  const entries = folderEntries(folder.data);
  return (
    <>
      <FolderListing
        repositoryName={repositoryName}
        commitSpecifier={commitSpecifier}
        folderPath={folderPath}
        entries={entries}
      />
      <FolderReadme
        repositoryName={repositoryName}
        commitSpecifier={commitSpecifier}
        files={folder.data.files ?? []}
      />
    </>
  );
}
