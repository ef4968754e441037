import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorMessage } from '@/components/error-message.tsx';
import {
  useChangeTemplateRepositories,
  useDeleteTemplate,
} from '../api/approval-rule-templates.ts';

type Props = { approvalRuleTemplateName: string; repositoryNames: string[] };

/**
 * Deleting a template, after a confirmation. CodeCommit refuses to delete a template still
 * associated with a repository (ApprovalRuleTemplateInUseException), so the confirmation names
 * those repositories and offers to disassociate them first; a repository that refuses stops it.
 */
export function DeleteTemplate({ approvalRuleTemplateName, repositoryNames }: Props) {
  const [confirming, setConfirming] = useState(false);
  const disassociate = useChangeTemplateRepositories();
  const remove = useDeleteTemplate();
  const navigate = useNavigate();
  const pending = disassociate.isPending || remove.isPending;
  const refused = disassociate.data?.errors ?? [];

  const deleteTemplate = () =>
    remove.mutate(approvalRuleTemplateName, {
      onSuccess: () => navigate('/admin/approval-rule-templates'),
    });
  const confirm = () => {
    if (repositoryNames.length === 0) return deleteTemplate();
    disassociate.mutate(
      { approvalRuleTemplateName, associate: [], disassociate: repositoryNames },
      { onSuccess: ({ errors }) => errors.length === 0 && deleteTemplate() },
    );
  };

  if (!confirming) {
    return (
      <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
        Delete
      </button>
    );
  }
  return (
    <div className="panel delete-template" role="alertdialog" aria-label="Delete the template">
      <div className="panel-body">
        {repositoryNames.length > 0 ? (
          <>
            <p>
              <strong>{approvalRuleTemplateName}</strong> is still associated with{' '}
              {repositoryNames.length === 1 ? 'this repository' : 'these repositories'}. CodeCommit
              deletes a template only once no repository uses it: disassociate{' '}
              {repositoryNames.length === 1 ? 'it' : 'them'} first?
            </p>
            <ul className="mono" aria-label="Associated repositories to disassociate">
              {repositoryNames.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
            <p className="muted">
              Pull requests that already carry the template&apos;s rule keep it.
            </p>
          </>
        ) : (
          <p>
            Delete the template <strong>{approvalRuleTemplateName}</strong>? Pull requests that
            already carry its rule keep it.
          </p>
        )}
        {refused.length > 0 && (
          <div className="error-message" role="alert">
            <strong>Some repositories were not disassociated, so the template stays</strong>
            <ul>
              {refused.map((error) => (
                <li key={error.repositoryName}>
                  {error.repositoryName}: {error.errorMessage ?? error.errorCode}
                </li>
              ))}
            </ul>
          </div>
        )}
        {disassociate.isError && (
          <ErrorMessage
            title="The repositories were not disassociated"
            error={disassociate.error}
          />
        )}
        {remove.isError && (
          <ErrorMessage title="The template was not deleted" error={remove.error} />
        )}
        <div className="button-group">
          <button
            type="button"
            className="button button-danger"
            disabled={pending}
            autoFocus
            onClick={confirm}
          >
            {repositoryNames.length > 0
              ? `Disassociate ${repositoryNames.length} and delete`
              : 'Delete template'}
          </button>
          <button
            type="button"
            className="button"
            disabled={pending}
            onClick={() => setConfirming(false)}
          >
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
