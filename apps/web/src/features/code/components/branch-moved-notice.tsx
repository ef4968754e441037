import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { formatRelative, gitDate, shortCommitId } from '@/lib/format.ts';
import { paths } from '@/lib/paths.ts';
import { useCommit } from '../api/get-commit.ts';
import { getFile } from '../api/get-file.ts';
import { listBranches } from '../api/list-branches.ts';

type BranchMovedNoticeProps = {
  repositoryName: string;
  branchName: string;
  filePath: string;
  /** The file's blob when the edit started ('' for a new file), to tell whether the new commits changed it too. */
  baseBlobId: string;
  /** Commit the same text on top of the branch's new tip. */
  onRebase: (commitId: string) => void;
};

/** Someone committed to the branch while this edit was open: say who, what, and whether it touched this file. */
export function BranchMovedNotice({
  repositoryName,
  branchName,
  filePath,
  baseBlobId,
  onRebase,
}: BranchMovedNoticeProps) {
  // Always asked afresh: the point is the branch's tip now.
  const latest = useQuery({
    queryKey: ['repositories', repositoryName, 'branch-moved', branchName, filePath],
    queryFn: async () => {
      const { branches } = await listBranches(repositoryName);
      const tip = branches.find((branch) => branch.branchName === branchName)?.commitId;
      if (!tip) return { tip: undefined, fileChanged: true };
      const file = await getFile({ repositoryName, commitSpecifier: tip, filePath }).catch(
        () => undefined,
      );
      return { tip, fileChanged: (file?.blobId ?? '') !== baseBlobId };
    },
    staleTime: 0,
    gcTime: 0,
  });
  const tip = latest.data?.tip;
  const commit = useCommit({ repositoryName, commitId: tip ?? '' }, { enabled: Boolean(tip) });

  if (latest.isPending || (tip && commit.isPending))
    return <Skeleton lines={2} label="Finding out what changed" />;
  if (latest.isError)
    return (
      <ErrorMessage title={`${branchName} moved while you were editing`} error={latest.error} />
    );
  if (!tip) {
    return (
      <div className="error-message" role="alert">
        <strong>The branch {branchName} no longer exists.</strong>
        <p>Your text is still in the editor: copy it before leaving this page.</p>
      </div>
    );
  }

  const info = commit.data?.commit;
  const when = gitDate(info?.author?.date ?? info?.committer?.date);
  return (
    <div className="error-message branch-moved" role="alert">
      <strong>
        {branchName} moved while you were editing: nothing was committed, and your text is still in
        the editor.
      </strong>
      <p>
        {info?.author?.name ?? 'Someone'} committed “{info?.message?.split('\n')[0] ?? ''}”
        {when ? ` ${formatRelative(when)}` : ''} (
        <Link to={paths.blob(repositoryName, tip, filePath)} target="_blank">
          {shortCommitId(tip)}
        </Link>
        ).{' '}
        {latest.data.fileChanged
          ? 'That change touched this file too: committing on top of it replaces their version of the file with yours.'
          : 'That change did not touch this file, so your edit can go on top of it.'}
      </p>
      <button type="button" className="button" onClick={() => onRebase(tip)}>
        Commit on top of {shortCommitId(tip)}
      </button>
    </div>
  );
}
