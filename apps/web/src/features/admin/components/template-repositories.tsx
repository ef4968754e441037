import { useState } from 'react';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { useChangeTemplateRepositories } from '../api/approval-rule-templates.ts';
import { useRepositoryNames } from '../api/repositories.ts';

type Props = { approvalRuleTemplateName: string; associated: string[]; canChange: boolean };

/** Which repositories a template applies to: tick and save; refusals are listed per repository. */
export function TemplateRepositories({ approvalRuleTemplateName, associated, canChange }: Props) {
  const repositories = useRepositoryNames();
  const change = useChangeTemplateRepositories();
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const selected = chosen ?? new Set(associated);

  if (repositories.isPending) return <Skeleton lines={3} label="Loading repositories" />;
  if (repositories.isError)
    return <ErrorMessage title="The repositories could not be listed" error={repositories.error} />;

  const associate = [...selected].filter((name) => !associated.includes(name));
  const disassociate = associated.filter((name) => !selected.has(name));
  const toggle = (name: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(name);
    else next.delete(name);
    setChosen(next);
  };

  return (
    <form
      className="admin-form"
      aria-label="Associated repositories"
      onSubmit={(event) => {
        event.preventDefault();
        change.mutate(
          { approvalRuleTemplateName, associate, disassociate },
          { onSuccess: () => setChosen(null) },
        );
      }}
    >
      <ul className="admin-repositories">
        {repositories.data.map((name) => (
          <li key={name}>
            <label>
              <input
                type="checkbox"
                checked={selected.has(name)}
                disabled={!canChange}
                onChange={(event) => toggle(name, event.target.checked)}
              />{' '}
              {name}
            </label>
          </li>
        ))}
      </ul>
      {change.data && change.data.errors.length > 0 && (
        <div className="error-message" role="alert">
          <strong>Some repositories were not changed</strong>
          <ul>
            {change.data.errors.map((error) => (
              <li key={error.repositoryName}>
                {error.repositoryName}: {error.errorMessage ?? error.errorCode}
              </li>
            ))}
          </ul>
        </div>
      )}
      {change.isError && (
        <ErrorMessage title="The associations were not saved" error={change.error} />
      )}
      {canChange && (
        <button
          type="submit"
          className="button button-primary"
          disabled={change.isPending || associate.length + disassociate.length === 0}
        >
          Save associations
        </button>
      )}
    </form>
  );
}
