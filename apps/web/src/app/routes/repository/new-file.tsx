import { useParams } from 'react-router';
import { Breadcrumbs } from '@/features/code/components/breadcrumbs.tsx';
import { NewFileForm } from '@/features/code/components/new-file-form.tsx';
import { UploadFilesForm } from '@/features/code/components/upload-files-form.tsx';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { paths } from '@/lib/paths.ts';
import { useRepositoryContext } from './repository-context.ts';
import { RequireWrite } from './require-write.tsx';

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
      <RequireWrite
        repositoryName={repositoryName}
        action="add files"
        readPath={paths.tree(repositoryName, branchName, folderPath)}
        readLabel="Back to the folder"
      >
        <NewFileForm
          key={`${branchName}:${folderPath}`}
          repositoryName={repositoryName}
          branchName={branchName}
          folderPath={folderPath}
        />
      </RequireWrite>
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
      <RequireWrite
        repositoryName={repositoryName}
        action="upload files"
        readPath={paths.tree(repositoryName, branchName, folderPath)}
        readLabel="Back to the folder"
      >
        <UploadFilesForm
          key={`${branchName}:${folderPath}`}
          repositoryName={repositoryName}
          branchName={branchName}
          folderPath={folderPath}
        />
      </RequireWrite>
    </>
  );
}
