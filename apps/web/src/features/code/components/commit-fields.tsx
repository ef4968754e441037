import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CommitAuthor } from '../lib/commit-author.ts';
import { loadCommitAuthor, saveCommitAuthor } from '../lib/commit-author.ts';
import './commit-fields.css';

export type CommitDetails = { commitMessage: string; name?: string; email?: string };

/**
 * Message and author of a commit about to be made; the author is remembered in this browser, and
 * until then is `signedIn` (the signed-in person), when given.
 */
export function useCommitFields(defaultMessage: string, signedIn?: CommitAuthor) {
  const [commitMessage, setCommitMessage] = useState('');
  const [author, setAuthor] = useState<CommitAuthor>(() => {
    const stored = loadCommitAuthor();
    return stored.name || stored.email || !signedIn ? stored : signedIn;
  });
  const details = (): CommitDetails => {
    saveCommitAuthor(author);
    return {
      commitMessage: commitMessage.trim() || defaultMessage,
      ...(author.name.trim() ? { name: author.name.trim() } : {}),
      ...(author.email.trim() ? { email: author.email.trim() } : {}),
    };
  };
  return { commitMessage, setCommitMessage, author, setAuthor, defaultMessage, details };
}

type CommitFieldsProps = { fields: ReturnType<typeof useCommitFields> };

export function CommitFields({ fields }: CommitFieldsProps) {
  const id = useId();
  const { commitMessage, setCommitMessage, author, setAuthor, defaultMessage } = fields;
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-message`}>Commit message</label>
        <textarea
          id={`${id}-message`}
          rows={3}
          placeholder={defaultMessage}
          value={commitMessage}
          onChange={(event) => setCommitMessage(event.target.value)}
        />
      </div>
      <div className="commit-fields-author">
        <div className="field">
          <label htmlFor={`${id}-name`}>Author name</label>
          <input
            id={`${id}-name`}
            autoComplete="name"
            value={author.name}
            onChange={(event) => setAuthor({ ...author, name: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-email`}>Author email</label>
          <input
            id={`${id}-email`}
            type="email"
            autoComplete="email"
            value={author.email}
            onChange={(event) => setAuthor({ ...author, email: event.target.value })}
          />
        </div>
      </div>
    </>
  );
}

type CommitPanelProps = {
  fields: ReturnType<typeof useCommitFields>;
  submitLabel: string;
  pending: boolean;
  disabled?: boolean;
  /** Where Cancel goes. */
  cancelTo: string;
  /** What happened to the last attempt: an error, or a notice such as "the branch moved". */
  children?: ReactNode;
};

/** The panel under an editor or an upload: message, author, what went wrong, and the commit button. */
export function CommitPanel({
  fields,
  submitLabel,
  pending,
  disabled = false,
  cancelTo,
  children,
}: CommitPanelProps) {
  return (
    <fieldset className="panel commit-form">
      <legend className="visually-hidden">Commit</legend>
      <CommitFields fields={fields} />
      {children}
      <div className="button-group">
        <button type="submit" className="button button-primary" disabled={pending || disabled}>
          {pending ? 'Committing…' : submitLabel}
        </button>
        <Link className="button" to={cancelTo}>
          Cancel
        </Link>
      </div>
    </fieldset>
  );
}
