import { ErrorMessage } from '@/components/error-message.tsx';
import { BranchList } from '@/features/code/components/branch-list.tsx';
import { CreateBranchForm } from '@/features/code/components/create-branch-form.tsx';
import { useUpdateRepository } from '@/features/repositories/api/update-repository.ts';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { useRepositoryPermissions } from '@/lib/authorization.ts';
import { useRepositoryContext } from './repository-context.ts';

/** /repositories/:repositoryName/branches */
export function BranchesRoute() {
  const { repository, repositoryName } = useRepositoryContext();
  const permissions = useRepositoryPermissions(repositoryName).data;
  const canWrite = permissions?.canWrite ?? false;
  const update = useUpdateRepository();
  useDocumentTitle(`Branches · ${repositoryName}`);

  return (
    <>
      <div className="page-header">
        <h2>Branches</h2>
      </div>
      {canWrite && (
        <CreateBranchForm
          repositoryName={repositoryName}
          defaultBranch={repository.defaultBranch}
        />
      )}
      {update.isError && (
        <ErrorMessage title="The default branch was not changed" error={update.error} />
      )}
      <BranchList
        repositoryName={repositoryName}
        defaultBranch={repository.defaultBranch}
        canWrite={canWrite}
        canDeleteBranch={permissions?.canDeleteBranch ?? false}
        settingDefault={update.isPending}
        onSetDefault={(branchName) =>
          update.mutate({ repositoryName, defaultBranchName: branchName })
        }
      />
    </>
  );
}
