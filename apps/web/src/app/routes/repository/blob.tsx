import { LocationNotice } from '@/components/location-notice.tsx';
import { CodeToolbar } from '@/features/code/components/code-toolbar.tsx';
import { FileView } from '@/features/code/components/file-view.tsx';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { useCanChangeRef, useRefAndPath, useRepositoryContext } from './repository-context.ts';

/** /repositories/:repositoryName/blob/:ref/<file path>#L3-L7 */
export function BlobRoute() {
  const { repositoryName } = useRepositoryContext();
  const { ref, path: filePath } = useRefAndPath();
  const canChange = useCanChangeRef(repositoryName, ref);
  useDocumentTitle(`${filePath} · ${repositoryName}`);

  return (
    <>
      <CodeToolbar
        repositoryName={repositoryName}
        commitSpecifier={ref}
        path={filePath}
        view="blob"
      />
      <LocationNotice />
      <FileView
        key={`${ref}:${filePath}`}
        repositoryName={repositoryName}
        commitSpecifier={ref}
        filePath={filePath}
        canEdit={canChange}
      />
    </>
  );
}
