import type { ReactNode } from 'react';
import './read-only-notice.css';

type ReadOnlyNoticeProps = {
  /** What the page would let the person do: "change this repository's settings". */
  action: string;
  /** The IAM actions the policy lacks, as AWS names them. */
  iamActions: string[];
  children?: ReactNode;
};

/**
 * Why a page is shown read-only: IAM would refuse its changes, so no form is offered that
 * could only fail on save.
 */
export function ReadOnlyNotice({ action, iamActions, children }: ReadOnlyNoticeProps) {
  return (
    <div className="notice read-only-notice" role="note" aria-label="Read-only">
      <p>
        <strong>Read-only.</strong> Your IAM policy does not allow you to {action} (
        <span className="mono">{iamActions.join(', ')}</span>).
      </p>
      {children}
    </div>
  );
}
