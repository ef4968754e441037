import { useParams } from 'react-router';
import { useFolder } from '@/features/code/api/get-folder.ts';
import { CodeToolbar } from '@/features/code/components/code-toolbar.tsx';
import { FolderView } from '@/features/code/components/folder-view.tsx';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { LocationNotice } from '@/components/location-notice.tsx';
import { ApiError } from '@/lib/api-client.ts';
import { useCanChangeRef, useRepositoryContext } from './repository-context.ts';

/** /repositories/:repositoryName/tree/:ref/<folder path> */
export function TreeRoute() {
  const { repositoryName } = useRepositoryContext();
  const params = useParams();
  const ref = params.ref ?? '';
  const folderPath = (params['*'] ?? '').replace(/\/+$/, '');
  const canChange = useCanChangeRef(repositoryName, ref);
  useDocumentTitle(folderPath ? `${folderPath} · ${repositoryName}` : repositoryName);
  // The same query FolderView makes (asked once): when the ref itself does not exist, the page
  // is only "not found", with no toolbar for a branch that is not there.
  const { error } = useFolder({ repositoryName, commitSpecifier: ref, folderPath });
  const refMissing =
    error instanceof ApiError &&
    error.status === 404 &&
    error.code !== 'FolderDoesNotExistException';

  // FolderView keeps its place in the tree either way: remounting it would ask again.
  return (
    <>
      {!refMissing && (
        <>
          <CodeToolbar
            repositoryName={repositoryName}
            commitSpecifier={ref}
            path={folderPath}
            view="tree"
            canChange={canChange}
          />
          <LocationNotice />
        </>
      )}
      <FolderView repositoryName={repositoryName} commitSpecifier={ref} folderPath={folderPath} />
    </>
  );
}
