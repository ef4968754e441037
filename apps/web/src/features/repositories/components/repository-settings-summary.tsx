import { ErrorMessage } from '@/components/error-message.tsx';
import { ReadOnlyNotice } from '@/components/read-only-notice.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { useRepositoryTags } from '../api/list-repository-tags.ts';
import './settings.css';

type Props = {
  repositoryName: string;
  repositoryDescription: string;
  defaultBranch: string | undefined;
};

/** The settings as text, for someone whose IAM policy lets them read the repository only. */
export function RepositorySettingsSummary({
  repositoryName,
  repositoryDescription,
  defaultBranch,
}: Props) {
  const tags = useRepositoryTags(repositoryName);
  return (
    <>
      <ReadOnlyNotice
        action="change this repository's settings"
        iamActions={[
          'codecommit:UpdateRepositoryName',
          'codecommit:UpdateRepositoryDescription',
          'codecommit:UpdateDefaultBranch',
          'codecommit:TagResource',
        ]}
      />
      <section className="panel settings-section" aria-label="Repository settings">
        <div className="panel-body">
          <dl className="settings-summary">
            <dt>Name</dt>
            <dd className="mono">{repositoryName}</dd>
            <dt>Description</dt>
            <dd>{repositoryDescription || <span className="muted">None</span>}</dd>
            <dt>Default branch</dt>
            <dd className="mono">{defaultBranch ?? <span className="muted">None yet</span>}</dd>
            <dt>Tags</dt>
            <dd>
              {tags.isPending ? (
                <Skeleton lines={1} label="Loading tags" />
              ) : tags.isError ? (
                <ErrorMessage title="The tags could not be read" error={tags.error} />
              ) : Object.keys(tags.data.tags).length === 0 ? (
                <span className="muted">None</span>
              ) : (
                <ul className="settings-tags">
                  {Object.entries(tags.data.tags).map(([key, value]) => (
                    <li key={key}>
                      <span className="mono">{key}</span> = <span className="mono">{value}</span>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </dl>
        </div>
      </section>
    </>
  );
}
