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

/** Where the new files go: the branch and folder, as breadcrumbs. */
function FolderToolbar(props: { repositoryName: string; branchName: string; folderPath: string }) {
  return (
    <div className="code-toolbar">
      <Breadcrumbs
        repositoryName={props.repositoryName}
        commitSpecifier={props.branchName}
        path={props.folderPath}
      />
    </div>
  );
}

/** /repositories/:repositoryName/new/:branchName/<folder path> */
export function NewFileRoute() {
  const { repositoryName } = useRepositoryContext();
  const { branchName, folderPath } = useFolderParams();
  useDocumentTitle(`New file · ${repositoryName}`);
  return (
    <>
      <FolderToolbar
        repositoryName={repositoryName}
        branchName={branchName}
        folderPath={folderPath}
      />
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
      <FolderToolbar
        repositoryName={repositoryName}
        branchName={branchName}
        folderPath={folderPath}
      />
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
