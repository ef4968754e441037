import { useCallback, useState } from 'react';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { useApprovals } from '../api/get-approvals.ts';
import { useMergeability } from '../api/get-mergeability.ts';
import type { PullRequest, PullRequestInput } from '../api/get-pull-request.ts';
import { useMergePullRequest, type MergeOption } from '../api/merge-pull-request.ts';
import { branchFromReference } from '@/lib/names.ts';
import { ConflictFile, isResolved, type Resolution } from './conflict-file.tsx';
import { ConflictResolver } from './conflict-resolver.tsx';
import { MergeabilityNote } from './mergeability-note.tsx';
import './merge-panel.css';

const strategyLabels: Record<MergeOption, { label: string; hint: string }> = {
  FAST_FORWARD_MERGE: {
    label: 'Fast-forward',
    hint: 'Moves the destination to the source tip; no merge commit.',
  },
  SQUASH_MERGE: { label: 'Squash', hint: 'One new commit with all the changes.' },
  THREE_WAY_MERGE: { label: 'Three-way merge', hint: 'A merge commit that keeps every commit.' },
};

type MergePanelProps = {
  input: PullRequestInput;
  pullRequest: PullRequest;
  onMerged: (message: string) => void;
};

/** Merge with a strategy CodeCommit allows, resolving conflicts first when there are any. */
export function MergePanel({ input, pullRequest, onMerged }: MergePanelProps) {
  const target = pullRequest.pullRequestTargets?.[0];
  const sourceCommit = target?.sourceCommit ?? '';
  const destinationCommit = target?.destinationCommit ?? '';
  const sourceLabel = branchFromReference(target?.sourceReference);
  const destinationLabel = branchFromReference(target?.destinationReference);
  const mergeability = useMergeability(
    { ...input, sourceCommit, destinationCommit },
    !!sourceCommit,
  );
  const approvals = useApprovals(input);
  const merge = useMergePullRequest();
  const [chosen, setChosen] = useState<MergeOption | null>(null);
  const [commitMessage, setCommitMessage] = useState('');
  const [authorName, setAuthorName] = useState('');
  const [email, setEmail] = useState('');
  const [deleteSourceBranch, setDeleteSourceBranch] = useState(false);
  const [resolutions, setResolutions] = useState<Record<string, Resolution>>({});
  const [resolving, setResolving] = useState<string | null>(null);
  const resolve = useCallback(
    (filePath: string, resolution: Resolution) =>
      setResolutions((current) => ({ ...current, [filePath]: resolution })),
    [],
  );

  if (mergeability.isPending)
    return <Skeleton lines={4} label="Checking whether the branches merge" />;
  if (mergeability.isError)
    return (
      <ErrorMessage
        title="Mergeability could not be checked"
        error={mergeability.error}
        onRetry={() => void mergeability.refetch()}
      />
    );

  const { mergeOptions, mergeable, conflicts, baseCommitId } = mergeability.data;
  // GetMergeOptions lists only what merges as is; with conflicts, squash and three-way still
  // merge once each conflict has a resolution.
  const allowed: MergeOption[] = mergeable
    ? mergeOptions.filter((option): option is MergeOption => option in strategyLabels)
    : ['SQUASH_MERGE', 'THREE_WAY_MERGE'];
  const strategy = chosen && allowed.includes(chosen) ? chosen : allowed[0];
  const needsResolution = !mergeable && conflicts.length > 0;
  const unresolved = needsResolution
    ? conflicts.filter((conflict) => !isResolved(resolutions[conflict.filePath ?? '']))
    : [];
  const rulesMet = approvals.data
    ? approvals.data.evaluation.approved === true || approvals.data.rules.length === 0
    : false;
  const unmetRules =
    approvals.data?.rules.filter((rule) => !rule.satisfied).map((rule) => rule.approvalRuleName) ??
    [];

  const conflictProps = (conflict: (typeof conflicts)[number]) => ({
    input,
    filePath: conflict.filePath ?? '',
    sourceCommit,
    destinationCommit,
    baseCommit: baseCommitId ?? '',
    sourceLabel,
    destinationLabel,
    numberOfConflicts: conflict.numberOfConflicts,
    binary: !!(conflict.isBinaryFile?.source || conflict.isBinaryFile?.destination),
    resolution: resolutions[conflict.filePath ?? ''] ?? { choice: null },
    onChange: (resolution: Resolution) => resolve(conflict.filePath ?? '', resolution),
  });
  const resolvingIndex = conflicts.findIndex((conflict) => conflict.filePath === resolving);
  const resolvingConflict = conflicts[resolvingIndex];
  /** The next conflict still unresolved after the one just settled, or none. */
  const nextUnresolved = () => {
    const after = [...conflicts.slice(resolvingIndex + 1), ...conflicts.slice(0, resolvingIndex)];
    const next = after.find(
      (conflict) =>
        !conflict.isBinaryFile?.source &&
        !conflict.isBinaryFile?.destination &&
        !isResolved(resolutions[conflict.filePath ?? '']),
    );
    setResolving(next?.filePath ?? null);
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!strategy) return;
    // mutateAsync: the panel goes away as soon as the pull request reads as merged, and the
    // outcome must still reach the page.
    void merge
      .mutateAsync({
        ...input,
        mergeOption: strategy,
        sourceCommitId: sourceCommit,
        deleteSourceBranch,
        ...(strategy === 'FAST_FORWARD_MERGE'
          ? {}
          : {
              ...(commitMessage.trim() ? { commitMessage } : {}),
              ...(authorName.trim() ? { authorName: authorName.trim() } : {}),
              ...(email.trim() ? { email: email.trim() } : {}),
            }),
        ...(needsResolution
          ? {
              conflictResolution: {
                replaceContents: conflicts.map((conflict) => {
                  const resolution = resolutions[conflict.filePath ?? ''];
                  return {
                    filePath: conflict.filePath ?? '',
                    replacementType: resolution?.choice ?? 'KEEP_SOURCE',
                    ...(resolution?.choice === 'USE_NEW_CONTENT'
                      ? { content: resolution.content ?? '' }
                      : {}),
                  };
                }),
              },
            }
          : {}),
      })
      .then(({ sourceBranch }) =>
        onMerged(
          sourceBranch?.deleted
            ? `Merged, and the branch ${sourceBranch.branchName} was deleted.`
            : sourceBranch
              ? `Merged. The branch ${sourceBranch.branchName} was kept: ${sourceBranch.error ?? ''}`
              : 'Merged.',
        ),
      )
      .catch(() => {
        // Shown from merge.error.
      });
  };

  return (
    <section className="panel merge-panel" aria-labelledby="merge-heading">
      <div className="panel-header">
        <h3 id="merge-heading">Merge</h3>
      </div>
      <form className="panel-body" onSubmit={submit}>
        <MergeabilityNote mergeable={mergeable} mergeOptions={mergeOptions} conflicts={conflicts} />
        {needsResolution && (
          <div className="conflicts">
            <h4>Resolve the conflicts</h4>
            <ul className="conflict-files" aria-label="Conflicting files">
              {conflicts.map((conflict) => (
                <ConflictFile
                  key={conflict.filePath}
                  {...conflictProps(conflict)}
                  onOpen={() => setResolving(conflict.filePath ?? '')}
                />
              ))}
            </ul>
          </div>
        )}
        {resolvingConflict && (
          <ConflictResolver
            {...conflictProps(resolvingConflict)}
            position={`${resolvingIndex + 1} of ${conflicts.length}`}
            onNext={nextUnresolved}
            onClose={() => setResolving(null)}
          />
        )}
        <fieldset className="merge-strategies">
          <legend>Strategy</legend>
          {allowed.length === 0 && (
            <p className="muted">CodeCommit offers no way to merge these commits.</p>
          )}
          {allowed.map((option) => (
            <label key={option}>
              <input
                type="radio"
                name="merge-strategy"
                value={option}
                checked={strategy === option}
                onChange={() => setChosen(option)}
              />{' '}
              {strategyLabels[option].label}
              <span className="muted"> — {strategyLabels[option].hint}</span>
            </label>
          ))}
        </fieldset>
        {strategy && strategy !== 'FAST_FORWARD_MERGE' && (
          <div className="merge-commit-fields">
            <div className="field">
              <label htmlFor="merge-message">Commit message</label>
              <textarea
                id="merge-message"
                rows={2}
                value={commitMessage}
                placeholder={`Merge pull request #${input.pullRequestId}: ${pullRequest.title ?? ''}`}
                onChange={(event) => setCommitMessage(event.target.value)}
              />
            </div>
            <div className="merge-author">
              <div className="field">
                <label htmlFor="merge-author-name">Author name</label>
                <input
                  id="merge-author-name"
                  value={authorName}
                  onChange={(event) => setAuthorName(event.target.value)}
                  placeholder="Your IAM name"
                />
              </div>
              <div className="field">
                <label htmlFor="merge-email">Email</label>
                <input
                  id="merge-email"
                  type="email"
                  value={email}
                  onChange={(event) => setEmail(event.target.value)}
                />
              </div>
            </div>
          </div>
        )}
        <label className="merge-delete-branch">
          <input
            type="checkbox"
            checked={deleteSourceBranch}
            onChange={(event) => setDeleteSourceBranch(event.target.checked)}
          />{' '}
          Delete the source branch <span className="mono">{sourceLabel}</span> after merging
        </label>
        {!rulesMet && approvals.data && (
          <p className="notice notice-warning" role="status">
            Merging waits for the approval rules: {unmetRules.join(', ')}{' '}
            {unmetRules.length === 1 ? 'is' : 'are'} not met yet.
          </p>
        )}
        {unresolved.length > 0 && (
          <p className="muted">
            {unresolved.length} {unresolved.length === 1 ? 'file needs' : 'files need'} a resolution
            before merging.
          </p>
        )}
        {merge.isError && (
          <ErrorMessage title="The pull request was not merged" error={merge.error} />
        )}
        <button
          type="submit"
          className="button button-primary"
          disabled={!strategy || !rulesMet || unresolved.length > 0 || merge.isPending}
        >
          {merge.isPending
            ? 'Merging…'
            : needsResolution
              ? 'Resolve and merge'
              : 'Merge pull request'}
        </button>
      </form>
    </section>
  );
}
