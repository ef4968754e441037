import { ErrorMessage } from '@/components/error-message.tsx';
import { useBranches } from '@/features/code/api/list-branches.ts';
import { Breadcrumbs } from '@/features/code/components/breadcrumbs.tsx';
import { useSession } from '@/features/auth/api/get-session.ts';
import { EditFileForm } from '@/features/code/components/edit-file-form.tsx';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { paths } from '@/lib/paths.ts';
import { useRefAndPath, useRepositoryContext } from './repository-context.ts';
import { RequireWrite } from './require-write.tsx';

/** /repositories/:repositoryName/edit/:branchName/<file path> */
export function EditRoute() {
  const { repositoryName } = useRepositoryContext();
  const { ref: branchName, path: filePath } = useRefAndPath();
  const branches = useBranches(repositoryName);
  const user = useSession().data?.user;
  const notABranch =
    branches.data && !branches.data.branches.some((branch) => branch.branchName === branchName);
  useDocumentTitle(`Editing ${filePath} · ${repositoryName}`);

  return (
    <>
      <div className="code-toolbar">
        <Breadcrumbs repositoryName={repositoryName} commitSpecifier={branchName} path={filePath} />
      </div>
      {notABranch ? (
        <ErrorMessage
          title="This file cannot be edited here"
          error={`Files are edited on a branch, and “${branchName}” is not a branch of ${repositoryName}.`}
        />
      ) : (
        <RequireWrite
          repositoryName={repositoryName}
          action="edit files"
          readPath={paths.blob(repositoryName, branchName, filePath)}
          readLabel={`View ${filePath}`}
        >
          <EditFileForm
            key={`${branchName}:${filePath}`}
            repositoryName={repositoryName}
            branchName={branchName}
            filePath={filePath}
            {...(user ? { author: { name: user.userName, email: user.email ?? '' } } : {})}
          />
        </RequireWrite>
      )}
    </>
  );
}
