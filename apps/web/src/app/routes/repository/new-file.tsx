import { useParams } from 'react-router';
import { Breadcrumbs } from '@/features/code/components/breadcrumbs.tsx';
import { NewFileForm } from '@/features/code/components/new-file-form.tsx';
import { UploadFilesForm } from '@/features/code/components/upload-files-form.tsx';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { useRepositoryContext } from './repository-context.ts';

function useFolderParams() {
  const params = useParams();
  return { branchName: params.ref ?? '', folderPath: (params['*'] ?? '').replace(/\/+$/, '') };
}

/** /repositories/:repositoryName/new/:branchName/<folder path> */
export function NewFileRoute() {
  const { repositoryName } = useRepositoryContext();
  const { branchName, folderPath } = useFolderParams();
  useDocumentTitle(`New file · ${repositoryName}`);
  return (
    <>
      <div className="code-toolbar">
        <Breadcrumbs
          repositoryName={repositoryName}
          commitSpecifier={branchName}
          path={folderPath}
        />
      </div>
      <NewFileForm
        key={`${branchName}:${folderPath}`}
        repositoryName={repositoryName}
        branchName={branchName}
        folderPath={folderPath}
      />
    </>
  );
}

/** /repositories/:repositoryName/upload/:branchName/<folder path> */
export function UploadRoute() {
  const { repositoryName } = useRepositoryContext();
  const { branchName, folderPath } = useFolderParams();
  useDocumentTitle(`Upload files · ${repositoryName}`);
  return (
    <>
      <div className="code-toolbar">
        <Breadcrumbs
          repositoryName={repositoryName}
          commitSpecifier={branchName}
          path={folderPath}
        />
      </div>
      <div className="page-header">
        <h2>Upload files</h2>
      </div>
      <UploadFilesForm
        key={`${branchName}:${folderPath}`}
        repositoryName={repositoryName}
        branchName={branchName}
        folderPath={folderPath}
      />
    </>
  );
}
