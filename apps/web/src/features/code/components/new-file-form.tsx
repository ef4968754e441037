import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { ApiError } from '@/lib/api-client.ts';
import { shortCommitId } from '@/lib/format.ts';
import { paths } from '@/lib/paths.ts';
import { useFolder } from '../api/get-folder.ts';
import { usePutFile } from '../api/put-file.ts';
import { folderEntries } from '@cc/shared/folder-entries';
import { fileNameProblem, joinPath } from '../lib/new-file-path.ts';
import { BranchMovedNotice } from './branch-moved-notice.tsx';
import { CommitPanel, useCommitFields } from './commit-fields.tsx';
import { LazyCodeEditor } from './lazy-code-editor.tsx';
import './edit-file-form.css';

type NewFileFormProps = { repositoryName: string; branchName: string; folderPath: string };

/** A new file in a folder of a branch, written in Monaco and committed with PutFile. */
export function NewFileForm({ repositoryName, branchName, folderPath }: NewFileFormProps) {
  const id = useId();
  const navigate = useNavigate();
  const folder = useFolder({ repositoryName, commitSpecifier: branchName, folderPath });
  const putFile = usePutFile();
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const [parentCommitId, setParentCommitId] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const fields = useCommitFields(`Add ${name.trim().split('/').pop() || 'a file'}`);

  if (folder.isPending) return <Skeleton lines={8} label="Loading the folder" />;
  if (folder.isError)
    return <ErrorMessage title="The folder could not be read" error={folder.error} />;

  const existing = new Set(folderEntries(folder.data).map((entry) => entry.relativePath));
  const problem = submitted ? fileNameProblem(name, existing) : undefined;
  const filePath = joinPath(folderPath, name.trim());
  const base = parentCommitId ?? folder.data.commitId;
  const branchMoved =
    putFile.error instanceof ApiError && putFile.error.code === 'ParentCommitIdOutdatedException';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (fileNameProblem(name, existing)) return;
    putFile.mutate(
      {
        repositoryName,
        branchName,
        filePath,
        fileContent: text,
        parentCommitId: base,
        ...fields.details(),
      },
      {
        onSuccess: ({ commitId }) =>
          navigate(paths.blob(repositoryName, branchName, filePath), {
            state: { notice: `Committed ${shortCommitId(commitId)} to ${branchName}.` },
          }),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <section className="panel edit-file-editor" aria-labelledby={`${id}-title`}>
        <div className="panel-header new-file-header">
          <h2 id={`${id}-title`} className="visually-hidden">
            New file in {folderPath || 'the root folder'}
          </h2>
          <label htmlFor={`${id}-name`} className="mono">
            {folderPath ? `${folderPath}/` : ''}
          </label>
          <input
            id={`${id}-name`}
            aria-label="File name"
            placeholder="Name your file…"
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={Boolean(problem)}
            aria-describedby={problem ? `${id}-problem` : undefined}
            autoComplete="off"
            spellCheck={false}
            autoFocus
          />
          <span className="muted edit-file-base">on {branchName}</span>
        </div>
        {problem && (
          <p id={`${id}-problem`} className="field-error new-file-problem">
            {problem}
          </p>
        )}
        <LazyCodeEditor
          path={name.trim() || 'untitled.txt'}
          value={text}
          readOnly={false}
          onChange={setText}
          ariaLabel="Contents of the new file"
        />
      </section>
      <CommitPanel
        fields={fields}
        submitLabel="Commit new file"
        pending={putFile.isPending}
        disabled={branchMoved}
        cancelTo={paths.tree(repositoryName, branchName, folderPath)}
      >
        {branchMoved ? (
          <BranchMovedNotice
            repositoryName={repositoryName}
            branchName={branchName}
            filePath={filePath}
            baseBlobId=""
            onRebase={(commitId) => {
              setParentCommitId(commitId);
              putFile.reset();
            }}
          />
        ) : (
          putFile.isError && (
            <ErrorMessage title="The file was not committed" error={putFile.error} />
          )
        )}
      </CommitPanel>
    </form>
  );
}
