import { ErrorMessage } from '@/components/error-message.tsx';
import { ApiError } from '@/lib/api-client.ts';
import { shortCommitId } from '@/lib/format.ts';
import { useApplySuggestion } from '../../api/apply-suggestion.ts';
import { usePullRequest, type PullRequestInput } from '../../api/get-pull-request.ts';
import { applySuggestion } from '../../lib/suggestions.ts';
import { branchFromReference } from '@/lib/names.ts';

type ApplySuggestionProps = {
  input: PullRequestInput;
  filePath: string;
  line: number;
  replacement: string;
  /** The file at the source commit the diff shows. */
  sourceText: string;
  sourceCommitId: string;
};

/** One click commits a line comment's suggestion to the source branch, if it has not moved. */
export function ApplySuggestion({
  input,
  filePath,
  line,
  replacement,
  sourceText,
  sourceCommitId,
}: ApplySuggestionProps) {
  const pullRequest = usePullRequest(input).data?.pullRequest;
  const apply = useApplySuggestion();
  const branchName = branchFromReference(pullRequest?.pullRequestTargets?.[0]?.sourceReference);
  const open = pullRequest?.pullRequestStatus === 'OPEN';
  if (!branchName || !open) return null;
  const stale =
    apply.error instanceof ApiError && apply.error.code === 'ParentCommitIdOutdatedException';
  return (
    <div className="apply-suggestion">
      {apply.isSuccess ? (
        <p className="muted">
          Applied in commit {shortCommitId(apply.data.commitId ?? '')} on {branchName}.
        </p>
      ) : (
        <button
          type="button"
          className="button button-small button-primary"
          disabled={apply.isPending}
          onClick={() =>
            apply.mutate({
              ...input,
              branchName,
              parentCommitId: sourceCommitId,
              filePath,
              fileContent: applySuggestion(sourceText, line, replacement),
              commitMessage: `Apply suggestion to ${filePath}, line ${line}`,
            })
          }
        >
          {apply.isPending ? 'Applying…' : 'Apply suggestion'}
        </button>
      )}
      {stale ? (
        <p className="field-error" role="alert">
          {branchName} has moved on since this diff was loaded, so nothing was committed. Reload the
          changes and apply again: the suggestion stays in the comment.
        </p>
      ) : apply.isError ? (
        <ErrorMessage title="The suggestion was not applied" error={apply.error} />
      ) : null}
    </div>
  );
}
