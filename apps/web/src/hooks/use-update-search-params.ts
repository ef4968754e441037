import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Sets or clears one query parameter in place (history is replaced, not pushed), for filters,
 * sorting and view options that live in the URL. The update is flushed synchronously, so an input
 * bound to the URL never lags behind (or drops) what is typed.
 */
export function useUpdateSearchParams(): (key: string, value: string | null) => void {
  const [, setSearchParams] = useSearchParams();
  return useCallback(
    (key, value) =>
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true, flushSync: true },
      ),
    [setSearchParams],
  );
}
