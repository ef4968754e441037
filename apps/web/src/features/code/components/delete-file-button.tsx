import { useId, useRef } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ErrorMessage } from '@/components/error-message.tsx';
import { shortCommitId } from '@/lib/format.ts';
import { paths } from '@/lib/paths.ts';
import { useDeleteFile } from '../api/delete-file.ts';
import { parentPath } from '@cc/shared/folder-entries';
import { CommitFields, useCommitFields } from './commit-fields.tsx';
import './delete-file-button.css';

type DeleteFileButtonProps = {
  repositoryName: string;
  branchName: string;
  filePath: string;
  parentCommitId: string;
};

/** Deletes a file from its branch with DeleteFile, after a dialog that takes the commit message. */
export function DeleteFileButton({
  repositoryName,
  branchName,
  filePath,
  parentCommitId,
}: DeleteFileButtonProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const navigate = useNavigate();
  const deleteFile = useDeleteFile();
  const fields = useCommitFields(`Delete ${filePath.split('/').pop() ?? filePath}`);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    deleteFile.mutate(
      { repositoryName, branchName, filePath, parentCommitId, ...fields.details() },
      {
        onSuccess: ({ commitId }) => {
          dialogRef.current?.close();
          navigate(paths.tree(repositoryName, branchName, parentPath(filePath)), {
            state: {
              notice: `Deleted ${filePath} in ${shortCommitId(commitId)} on ${branchName}.`,
            },
          });
        },
      },
    );
  };

  return (
    <>
      <button
        type="button"
        className="button button-small button-danger"
        onClick={() => dialogRef.current?.showModal()}
      >
        Delete
      </button>
      <dialog ref={dialogRef} className="delete-file-dialog" aria-labelledby={`${id}-title`}>
        <form onSubmit={submit}>
          <h2 id={`${id}-title`}>Delete {filePath}?</h2>
          <p className="muted">
            The file is removed from {branchName} in a new commit; earlier commits keep it.
          </p>
          <CommitFields fields={fields} />
          {deleteFile.isError && (
            <ErrorMessage title="The file was not deleted" error={deleteFile.error} />
          )}
          <div className="button-group">
            <button
              type="submit"
              className="button button-primary button-danger"
              disabled={deleteFile.isPending}
            >
              {deleteFile.isPending ? 'Deleting…' : 'Delete file'}
            </button>
            <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
              Cancel
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
