import { useRef, useState } from 'react';
import { api, toApiError } from '@/lib/api-client.ts';
import { createZipEntryCounter, dispositionFileName } from '../lib/zip-progress.ts';
import './download-archive.css';

type DownloadArchiveProps = {
  repositoryName: string;
  commitSpecifier: string;
  folderPath?: string;
  label?: string;
  small?: boolean;
};

type Progress =
  | { state: 'idle' }
  | { state: 'running'; files: number; total: number }
  | { state: 'failed'; message: string };

/**
 * Downloads a ref (or one folder of it) as a ZIP the BFF assembles from the API, with a progress
 * bar: the BFF says how many files there are, and each file's header is counted as it arrives.
 */
export function DownloadArchive({
  repositoryName,
  commitSpecifier,
  folderPath,
  label = 'Download ZIP',
  small = false,
}: DownloadArchiveProps) {
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const abortRef = useRef<AbortController | null>(null);

  const download = async () => {
    const abort = new AbortController();
    abortRef.current = abort;
    setProgress({ state: 'running', files: 0, total: 0 });
    try {
      const response = await api.api.repositories[':repositoryName'].archive.$get(
        {
          param: { repositoryName },
          query: { commitSpecifier, ...(folderPath ? { folderPath } : {}) },
        },
        { init: { signal: abort.signal } },
      );
      if (!response.ok || !response.body) throw await toApiError(response);
      const total = Number(response.headers.get('X-Archive-Files') ?? 0);
      const count = createZipEntryCounter();
      const reader = response.body.getReader();
      const chunks: Uint8Array[] = [];
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        chunks.push(value);
        setProgress({ state: 'running', files: Math.min(count(value), total), total });
      }
      const url = URL.createObjectURL(new Blob(chunks as BlobPart[], { type: 'application/zip' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = dispositionFileName(
        response.headers.get('Content-Disposition'),
        `${repositoryName}.zip`,
      );
      link.click();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setProgress({ state: 'idle' });
    } catch (error) {
      if (abort.signal.aborted) setProgress({ state: 'idle' });
      else
        setProgress({
          state: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
    }
  };

  if (progress.state === 'running') {
    return (
      <span className="download-archive">
        <progress
          max={progress.total || undefined}
          value={progress.total ? progress.files : undefined}
          aria-label="ZIP download progress"
        />
        <span className="muted" aria-live="polite">
          {progress.total ? `${progress.files} of ${progress.total} files` : 'Preparing…'}
        </span>
        <button
          type="button"
          className="button button-small"
          onClick={() => abortRef.current?.abort()}
        >
          Cancel
        </button>
      </span>
    );
  }
  return (
    <span className="download-archive">
      <button
        type="button"
        className={small ? 'button button-small' : 'button'}
        onClick={() => void download()}
        aria-label={`${label} of ${folderPath ? `${folderPath} at ` : ''}${commitSpecifier}`}
      >
        {label}
      </button>
      {progress.state === 'failed' && (
        <span className="field-error" role="alert">
          {progress.message}
        </span>
      )}
    </span>
  );
}
