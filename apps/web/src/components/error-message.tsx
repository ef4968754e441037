import { ApiError } from '@/lib/api-client.ts';
import { NotFound } from './not-found.tsx';
import './error-message.css';

type ErrorMessageProps = { error: unknown; title?: string; onRetry?: () => void };

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'Something went wrong.';
}

/** True for an answer saying the thing asked for does not exist (a repository, a branch, a file). */
export const isNotFound = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 404;

/**
 * Shows a failure with the server's message as it came (AWS's own words). Something that does
 * not exist gets a plain "not found" with a way back instead: no retry would find it.
 */
export function ErrorMessage({
  error,
  title = 'Something went wrong',
  onRetry,
}: ErrorMessageProps) {
  if (isNotFound(error)) return <NotFound title="Not found" message={errorText(error)} />;
  const status = error instanceof ApiError && error.status ? ` (${error.status})` : '';
  return (
    <div className="error-message" role="alert">
      <strong>
        {title}
        {status}
      </strong>
      <p>{errorText(error)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
