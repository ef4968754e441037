import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state.tsx';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { formatDate, formatRelative, gitDate, shortCommitId } from '@/lib/format.ts';
import { paths } from '@/lib/paths.ts';
import { useCommit } from '../api/get-commit.ts';
import { useDeleteBranch } from '../api/delete-branch.ts';
import { useBranchesAheadBehind } from '../api/get-branches-ahead-behind.ts';
import { useBranches } from '../api/list-branches.ts';
import { BranchDivergence } from './branch-divergence.tsx';
import { DownloadArchive } from './download-archive.tsx';
import './branch-list.css';

type BranchListProps = {
  repositoryName: string;
  defaultBranch: string | undefined;
  /** May make a branch the default (UpdateDefaultBranch). */
  canWrite: boolean;
  canDeleteBranch: boolean;
  onSetDefault: (branchName: string) => void;
  settingDefault: boolean;
};

function TipCommit({ repositoryName, commitId }: { repositoryName: string; commitId: string }) {
  const commit = useCommit({ repositoryName, commitId });
  const info = commit.data?.commit;
  const date = gitDate(info?.author?.date ?? info?.committer?.date);
  return (
    <>
      <Link to={paths.commit(repositoryName, commitId)} className="mono">
        {shortCommitId(commitId)}
      </Link>{' '}
      {info ? (
        <>
          <span className="branch-tip-subject">{info.message?.split('\n')[0]}</span>
          <span className="muted">
            {' '}
            · {info.author?.name}
            {date && (
              <>
                {' · '}
                <time dateTime={date.toISOString()} title={formatDate(date)}>
                  {formatRelative(date)}
                </time>
              </>
            )}
          </span>
        </>
      ) : (
        commit.isPending && <span className="muted">…</span>
      )}
    </>
  );
}

/** Every branch with its tip's last commit; compare, download, make default or delete (never the default). */
export function BranchList({
  repositoryName,
  defaultBranch,
  canWrite,
  canDeleteBranch,
  onSetDefault,
  settingDefault,
}: BranchListProps) {
  const branches = useBranches(repositoryName);
  const aheadBehind = useBranchesAheadBehind(repositoryName);
  const deleteBranch = useDeleteBranch();
  const [filter, setFilter] = useState('');

  if (branches.isPending) return <Skeleton lines={5} label="Loading branches" />;
  if (branches.isError)
    return (
      <ErrorMessage
        title="The branches could not be listed"
        error={branches.error}
        onRetry={() => void branches.refetch()}
      />
    );
  if (branches.data.branches.length === 0)
    return <EmptyState title="No branches yet">Push a first commit to create one.</EmptyState>;

  const needle = filter.trim().toLowerCase();
  const sorted = [...branches.data.branches]
    .filter((branch) => !needle || branch.branchName.toLowerCase().includes(needle))
    .sort(
      (a, b) =>
        Number(b.branchName === defaultBranch) - Number(a.branchName === defaultBranch) ||
        a.branchName.localeCompare(b.branchName),
    );

  const remove = (branchName: string) => {
    if (
      !window.confirm(
        `Delete the branch ${branchName}? Its commits stay reachable only from other branches.`,
      )
    )
      return;
    deleteBranch.mutate({ repositoryName, branchName });
  };

  return (
    <>
      <input
        type="search"
        className="branch-filter"
        aria-label="Filter branches"
        placeholder="Filter branches"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      {deleteBranch.isError && (
        <ErrorMessage title="The branch was not deleted" error={deleteBranch.error} />
      )}
      <div className="panel">
        <table className="data-table branch-table" aria-label="Branches">
          <thead>
            <tr>
              <th scope="col">Branch</th>
              <th scope="col">Last commit</th>
              {defaultBranch && (
                <th scope="col" className="branch-divergence-heading">
                  Behind | Ahead of {defaultBranch}
                </th>
              )}
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map(({ branchName, commitId }) => {
              const isDefault = branchName === defaultBranch;
              return (
                <tr key={branchName}>
                  <td className="branch-name">
                    <Link to={paths.tree(repositoryName, branchName)}>{branchName}</Link>
                    {isDefault && <span className="branch-default">default</span>}
                  </td>
                  <td className="branch-tip">
                    <TipCommit repositoryName={repositoryName} commitId={commitId} />
                  </td>
                  {defaultBranch && (
                    <td>
                      {!isDefault && (
                        <BranchDivergence
                          branch={aheadBehind.data?.branches.find(
                            (candidate) =>
                              candidate.branchName === branchName &&
                              candidate.commitId === commitId,
                          )}
                          baseBranchName={defaultBranch}
                          isPending={aheadBehind.isPending}
                        />
                      )}
                    </td>
                  )}
                  <td>
                    <div className="button-group branch-actions">
                      {!isDefault && defaultBranch && (
                        <Link
                          className="button button-small"
                          to={paths.compare(repositoryName, defaultBranch, branchName)}
                        >
                          Compare
                        </Link>
                      )}
                      <DownloadArchive
                        repositoryName={repositoryName}
                        commitSpecifier={branchName}
                        label="ZIP"
                        small
                      />
                      {canWrite && !isDefault && (
                        <button
                          type="button"
                          className="button button-small"
                          disabled={settingDefault}
                          onClick={() => onSetDefault(branchName)}
                        >
                          Make default
                        </button>
                      )}
                      {canDeleteBranch && !isDefault && (
                        <button
                          type="button"
                          className="button button-small button-danger"
                          disabled={deleteBranch.isPending}
                          onClick={() => remove(branchName)}
                          aria-label={`Delete ${branchName}`}
                        >
                          Delete
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
