import { useEffect, useState } from 'react';
import { ApiError, api, toApiError } from '@/lib/api-client.ts';
import {
  applyBlameEvents,
  initialBlameState,
  parseNdjson,
  type BlameState,
} from '../lib/blame-state.ts';

export type BlameInput = { repositoryName: string; commitSpecifier: string; filePath: string };

/**
 * Reads the blame stream (NDJSON) and calls `onEvents` with each batch of events as it arrives,
 * so lines show their commits before the whole history has been read.
 */
export async function streamBlame(
  { repositoryName, commitSpecifier, filePath }: BlameInput,
  onEvents: (update: (state: BlameState) => BlameState) => void,
  signal: AbortSignal,
): Promise<void> {
  const response = await api.api.repositories[':repositoryName'].blame.$get(
    { param: { repositoryName }, query: { commitSpecifier, filePath } },
    { init: { signal } },
  );
  if (!response.ok) throw await toApiError(response);
  const reader = response.body?.getReader();
  if (!reader) throw new ApiError(0, 'The blame answer had no body.');
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    buffer += decoder.decode(value, { stream: !done });
    const { events, rest } = parseNdjson(done ? `${buffer}\n` : buffer);
    buffer = rest;
    if (events.length > 0) onEvents((state) => applyBlameEvents(state, events));
    if (done) return;
  }
}

/**
 * The blame of a file at a ref, filled in as the stream arrives. Mount it with a key of the input
 * (as the blame route does): a new file or ref starts from an empty state.
 */
export function useBlame(input: BlameInput): BlameState & { failure?: unknown } {
  const { repositoryName, commitSpecifier, filePath } = input;
  const [state, setState] = useState<BlameState & { failure?: unknown }>(initialBlameState);
  useEffect(() => {
    const controller = new AbortController();
    streamBlame({ repositoryName, commitSpecifier, filePath }, setState, controller.signal).catch(
      (failure: unknown) => {
        if (!controller.signal.aborted)
          setState((state) => ({
            ...state,
            failure:
              failure instanceof ApiError
                ? failure
                : new ApiError(0, 'The console cannot reach its server. Check the connection.'),
          }));
      },
    );
    return () => controller.abort();
  }, [repositoryName, commitSpecifier, filePath]);
  return state;
}
