import { ApiError } from '@/lib/api-client.ts';
import './error-message.css';

type ErrorMessageProps = { error: unknown; title?: string; onRetry?: () => void };

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'Something went wrong.';
}

/** Shows a failure with the server's message as it came (AWS's own words). */
export function ErrorMessage({
  error,
  title = 'Something went wrong',
  onRetry,
}: ErrorMessageProps) {
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
