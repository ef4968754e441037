import { useParams } from 'react-router';
import { CodeToolbar } from '@/features/code/components/code-toolbar.tsx';
import { FolderView } from '@/features/code/components/folder-view.tsx';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { LocationNotice } from '@/components/location-notice.tsx';
import { useCanChangeRef, useRepositoryContext } from './repository-context.ts';

/** /repositories/:repositoryName/tree/:ref/<folder path> */
export function TreeRoute() {
  const { repositoryName } = useRepositoryContext();
  const params = useParams();
  const ref = params.ref ?? '';
  const folderPath = (params['*'] ?? '').replace(/\/+$/, '');
  const canChange = useCanChangeRef(repositoryName, ref);
  useDocumentTitle(folderPath ? `${folderPath} · ${repositoryName}` : repositoryName);

  return (
    <>
      <CodeToolbar
        repositoryName={repositoryName}
        commitSpecifier={ref}
        path={folderPath}
        view="tree"
        canChange={canChange}
      />
      <LocationNotice />
      <FolderView repositoryName={repositoryName} commitSpecifier={ref} folderPath={folderPath} />
    </>
  );
}
