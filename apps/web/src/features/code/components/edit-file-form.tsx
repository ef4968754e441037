import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useBlocker, useNavigate } from 'react-router';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { ApiError } from '@/lib/api-client.ts';
import { shortCommitId } from '@/lib/format.ts';
import { paths } from '@/lib/paths.ts';
import { useFile } from '../api/get-file.ts';
import { usePutFile } from '../api/put-file.ts';
import { BranchMovedNotice } from './branch-moved-notice.tsx';
import type { CommitAuthor } from '../lib/commit-author.ts';
import { CommitPanel, useCommitFields } from './commit-fields.tsx';
import { LazyCodeEditor } from './lazy-code-editor.tsx';
import './edit-file-form.css';

type EditFileFormProps = {
  repositoryName: string;
  branchName: string;
  filePath: string;
  /** The signed-in person, to fill the author fields until this browser remembers others. */
  author?: CommitAuthor;
};

/** What the edit started from: the commit is the parent of the new one. */
type Base = { commitId: string; blobId: string; content: string };

/** Edit a file in Monaco and commit it to its branch with PutFile. */
export function EditFileForm({ repositoryName, branchName, filePath, author }: EditFileFormProps) {
  const id = useId();
  const navigate = useNavigate();
  const file = useFile({ repositoryName, commitSpecifier: branchName, filePath });
  const putFile = usePutFile();
  const [base, setBase] = useState<Base | null>(null);
  const [text, setText] = useState('');
  const fields = useCommitFields(`Update ${filePath.split('/').pop() ?? filePath}`, author);
  // Set just before leaving after a commit, when the blocker would still see the old state.
  const leavingRef = useRef(false);

  // The edit starts from the first version loaded; later refetches must not replace the text.
  if (!base && file.data && file.data.content !== undefined && !file.data.isBinary) {
    setBase({ commitId: file.data.commitId, blobId: file.data.blobId, content: file.data.content });
    setText(file.data.content);
  }

  const dirty = base !== null && text !== base.content;
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !leavingRef.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm('Leave without committing? Your changes will be lost.')) blocker.proceed();
    else blocker.reset();
  }, [blocker]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  if (file.isPending) return <Skeleton lines={12} label="Loading the file" />;
  if (file.isError) return <ErrorMessage title="The file could not be read" error={file.error} />;
  if (file.data.isBinary || file.data.content === undefined) {
    return (
      <ErrorMessage
        title="This file cannot be edited here"
        error="Binary files and files over 6 MB cannot be edited in the browser."
      />
    );
  }
  if (!base) return <Skeleton lines={12} label="Loading the file" />;

  const branchMoved =
    putFile.error instanceof ApiError && putFile.error.code === 'ParentCommitIdOutdatedException';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    putFile.mutate(
      {
        repositoryName,
        branchName,
        filePath,
        fileContent: text,
        parentCommitId: base.commitId,
        ...fields.details(),
      },
      {
        onSuccess: ({ commitId }) => {
          leavingRef.current = true;
          navigate(paths.blob(repositoryName, branchName, filePath), {
            state: { notice: `Committed ${shortCommitId(commitId)} to ${branchName}.` },
          });
        },
      },
    );
  };

  return (
    <form className="edit-file-form" onSubmit={submit}>
      <section className="panel edit-file-editor" aria-labelledby={`${id}-title`}>
        <div className="panel-header">
          <h2 id={`${id}-title`} className="edit-file-title">
            Editing {filePath}
          </h2>
          <span className="muted edit-file-base">
            on {branchName} at {shortCommitId(base.commitId)}
            {dirty ? ' · changed' : ''}
          </span>
        </div>
        <LazyCodeEditor
          path={filePath}
          value={text}
          readOnly={false}
          onChange={setText}
          ariaLabel={`Edit ${filePath}`}
        />
      </section>

      <CommitPanel
        fields={fields}
        submitLabel="Commit changes"
        pending={putFile.isPending}
        disabled={!dirty || branchMoved}
        cancelTo={paths.blob(repositoryName, branchName, filePath)}
      >
        {branchMoved ? (
          <BranchMovedNotice
            repositoryName={repositoryName}
            branchName={branchName}
            filePath={filePath}
            baseBlobId={base.blobId}
            onRebase={(commitId) => {
              setBase({ ...base, commitId });
              putFile.reset();
            }}
          />
        ) : (
          putFile.isError && (
            <ErrorMessage title="The change was not committed" error={putFile.error} />
          )
        )}
      </CommitPanel>
    </form>
  );
}
