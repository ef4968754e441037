import { useId, useState } from 'react';
import type { DragEvent, FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { formatBytes, shortCommitId } from '@/lib/format.ts';
import { paths } from '@/lib/paths.ts';
import { useCreateCommit } from '../api/create-commit.ts';
import { useFolder } from '../api/get-folder.ts';
import { joinPath } from '../lib/new-file-path.ts';
import { CommitPanel, useCommitFields } from './commit-fields.tsx';
import './upload-files-form.css';

type UploadFilesFormProps = { repositoryName: string; branchName: string; folderPath: string };

/** CodeCommit's limits for one commit through the API. */
const maxFileBytes = 6 * 1024 * 1024;
const maxFiles = 100;

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

/** Files from the computer, added to a folder of a branch in one commit (CreateCommit). */
export function UploadFilesForm({ repositoryName, branchName, folderPath }: UploadFilesFormProps) {
  const id = useId();
  const navigate = useNavigate();
  const folder = useFolder({ repositoryName, commitSpecifier: branchName, folderPath });
  const createCommit = useCreateCommit(folderPath);
  const [files, setFiles] = useState<File[]>([]);
  const [dragging, setDragging] = useState(false);
  const fields = useCommitFields(
    files.length === 1 ? `Add ${files[0]?.name}` : `Add ${files.length} files`,
  );

  if (folder.isPending) return <Skeleton lines={6} label="Loading the folder" />;
  if (folder.isError)
    return <ErrorMessage title="The folder could not be read" error={folder.error} />;

  const add = (list: FileList | null) => {
    if (!list) return;
    const byName = new Map(files.map((file) => [file.name, file]));
    for (const file of Array.from(list)) byName.set(file.name, file);
    setFiles([...byName.values()]);
  };
  const tooLarge = files.filter((file) => file.size > maxFileBytes);
  const problem =
    tooLarge.length > 0
      ? `${tooLarge.map((file) => file.name).join(', ')} ${tooLarge.length === 1 ? 'is' : 'are'} over 6 MB, the most CodeCommit accepts through its API.`
      : files.length > maxFiles
        ? `At most ${maxFiles} files go in one commit.`
        : undefined;

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    add(event.dataTransfer.files);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (files.length === 0 || problem) return;
    const putFiles = await Promise.all(
      files.map(async (file) => ({
        filePath: joinPath(folderPath, file.name),
        fileContentBase64: await toBase64(file),
      })),
    );
    createCommit.mutate(
      {
        repositoryName,
        branchName,
        parentCommitId: folder.data.commitId,
        putFiles,
        ...fields.details(),
      },
      {
        onSuccess: ({ commitId }) =>
          navigate(paths.tree(repositoryName, branchName, folderPath), {
            state: {
              notice: `Committed ${shortCommitId(commitId)} to ${branchName}: ${files.length} ${files.length === 1 ? 'file' : 'files'} added.`,
            },
          }),
      },
    );
  };

  return (
    <form onSubmit={(event) => void submit(event)}>
      <div
        className={`panel upload-drop${dragging ? ' upload-drop-active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>
          Drop files here, or{' '}
          <label htmlFor={`${id}-files`} className="upload-choose">
            choose them
          </label>
          . They go into <code>{folderPath || '/'}</code> on <strong>{branchName}</strong>.
        </p>
        <input
          id={`${id}-files`}
          type="file"
          multiple
          className="visually-hidden"
          onChange={(event) => add(event.target.files)}
        />
      </div>
      {files.length > 0 && (
        <ul className="panel upload-list" aria-label="Files to upload">
          {files.map((file) => (
            <li key={file.name}>
              <span className="mono">{joinPath(folderPath, file.name)}</span>
              <span className={file.size > maxFileBytes ? 'field-error' : 'muted'}>
                {formatBytes(file.size)}
              </span>
              <button
                type="button"
                className="button button-small"
                aria-label={`Remove ${file.name}`}
                onClick={() => setFiles(files.filter((other) => other !== file))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <CommitPanel
        fields={fields}
        submitLabel="Commit files"
        pending={createCommit.isPending}
        disabled={files.length === 0 || Boolean(problem)}
        cancelTo={paths.tree(repositoryName, branchName, folderPath)}
      >
        {createCommit.isError && (
          <ErrorMessage title="The files were not committed" error={createCommit.error} />
        )}
      </CommitPanel>
    </form>
  );
}
