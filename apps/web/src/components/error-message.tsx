import { ApiError } from '@/lib/api-client.ts';
import { BackLink } from './not-found.tsx';
import './error-message.css';
import { useFirstPaintDone } from '@/lib/first-paint.ts';

type ErrorMessageProps = { error: unknown; title?: string; onRetry?: () => void };

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'Something went wrong.';
}

/** True for an answer saying the thing asked for does not exist (a repository, a branch, a file). */
export const isNotFound = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 404;

/**
 * Shows a failure with the server's message as it came (AWS's own words). A read of something
 * that does not exist (a branch, a file) says "Not found" and offers a way back instead of
 * "Try again": asking again would find nothing.
 */
export function ErrorMessage({
  error,
  title = 'Something went wrong',
  onRetry,
}: ErrorMessageProps) {
  useFirstPaintDone();
  const missing = onRetry !== undefined && isNotFound(error);
  const status = error instanceof ApiError && error.status ? ` (${error.status})` : '';
  return (
    <div className="error-message" role="alert">
      <strong>
        {missing ? 'Not found' : title}
        {status}
      </strong>
      <p>{errorText(error)}</p>
      {missing ? (
        <BackLink />
      ) : (
        onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        )
      )}
    </div>
  );
}
