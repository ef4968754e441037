import { useBranches } from '@/features/code/api/list-branches.ts';
import { DefaultBranchForm } from '@/features/repositories/components/default-branch-form.tsx';
import { DeleteRepositoryForm } from '@/features/repositories/components/delete-repository-form.tsx';
import { RepositorySettingsSummary } from '@/features/repositories/components/repository-settings-summary.tsx';
import { RepositoryDetailsForm } from '@/features/repositories/components/repository-details-form.tsx';
import { RepositoryTagsForm } from '@/features/repositories/components/repository-tags-form.tsx';
import { LocationNotice } from '@/components/location-notice.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { useRepositoryPermissions } from '@/lib/authorization.ts';
import { useRepositoryContext } from './repository-context.ts';

/** /repositories/:repositoryName/settings */
export function SettingsRoute() {
  const { repository, repositoryName } = useRepositoryContext();
  const branches = useBranches(repositoryName);
  const permissions = useRepositoryPermissions(repositoryName);
  useDocumentTitle(`Settings · ${repositoryName}`);

  if (permissions.isPending) return <Skeleton lines={6} label="Checking what you may change" />;
  if (!permissions.data?.canWrite) {
    return (
      <>
        <h2 className="visually-hidden">Settings</h2>
        <RepositorySettingsSummary
          repositoryName={repositoryName}
          repositoryDescription={repository.repositoryDescription ?? ''}
          defaultBranch={repository.defaultBranch}
        />
      </>
    );
  }
  return (
    <>
      <h2 className="visually-hidden">Settings</h2>
      <LocationNotice />
      <RepositoryDetailsForm
        key={`details:${repositoryName}`}
        repositoryName={repositoryName}
        repositoryDescription={repository.repositoryDescription ?? ''}
      />
      {branches.isPending ? (
        <Skeleton lines={2} label="Loading branches" />
      ) : (
        <DefaultBranchForm
          key={`default-branch:${repositoryName}`}
          repositoryName={repositoryName}
          defaultBranch={repository.defaultBranch}
          branchNames={(branches.data?.branches ?? []).map((branch) => branch.branchName).sort()}
        />
      )}
      <RepositoryTagsForm repositoryName={repositoryName} />
      {permissions.data?.canDeleteRepository ? (
        <DeleteRepositoryForm repositoryName={repositoryName} />
      ) : (
        permissions.data && (
          <p className="muted">
            Your IAM policy does not allow deleting this repository (codecommit:DeleteRepository).
          </p>
        )
      )}
    </>
  );
}
