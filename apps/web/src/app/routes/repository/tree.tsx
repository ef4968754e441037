import { useParams } from 'react-router';
import { CodeToolbar } from '@/features/code/components/code-toolbar.tsx';
import { FolderView } from '@/features/code/components/folder-view.tsx';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { useRepositoryContext } from './repository-context.ts';

/** /repositories/:repositoryName/tree/:ref/<folder path> */
export function TreeRoute() {
  const { repositoryName } = useRepositoryContext();
  const params = useParams();
  const ref = params.ref ?? '';
  const folderPath = (params['*'] ?? '').replace(/\/+$/, '');
  useDocumentTitle(folderPath ? `${folderPath} · ${repositoryName}` : repositoryName);

  return (
    <>
      <CodeToolbar repositoryName={repositoryName} commitSpecifier={ref} path={folderPath} view="tree" />
      <FolderView repositoryName={repositoryName} commitSpecifier={ref} folderPath={folderPath} />
    </>
  );
}
