import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/empty-state.tsx';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { useUpdateSearchParams } from '@/hooks/use-update-search-params.ts';
import { useRepositoryNames } from '../api/repositories.ts';
import {
  usePutTriggers,
  useTestTriggers,
  useTriggerPermissions,
  useTriggers,
  type Trigger,
} from '../api/triggers.ts';
import { EventDeliveries } from './event-deliveries.tsx';
import { TriggerDeliveries } from './trigger-deliveries.tsx';
import { TriggerForm } from './trigger-form.tsx';
import './admin.css';

const eventNames: Record<string, string> = {
  all: 'all events',
  createReference: 'create',
  updateReference: 'push',
  deleteReference: 'delete',
};

/** `null`: closed; `''`: a new trigger; a name: that trigger being edited. */
type Editing = string | null;

export function RepositoryTriggers({ repositoryName }: { repositoryName: string }) {
  const triggers = useTriggers(repositoryName);
  const permissions = useTriggerPermissions(repositoryName);
  const put = usePutTriggers();
  const test = useTestTriggers();
  const [editing, setEditing] = useState<Editing>(null);

  if (triggers.isPending) return <Skeleton lines={4} label="Loading triggers" />;
  if (triggers.isError)
    return (
      <ErrorMessage
        title="The triggers could not be read"
        error={triggers.error}
        onRetry={() => void triggers.refetch()}
      />
    );

  const current: Trigger[] = triggers.data.triggers.map((trigger) => ({
    name: trigger.name ?? '',
    destinationArn: trigger.destinationArn ?? '',
    events: trigger.events ?? [],
    branches: trigger.branches ?? [],
    ...(trigger.customData ? { customData: trigger.customData } : {}),
  }));
  // CodeCommit keeps one list per repository: every change sends the whole list.
  const save = (next: Trigger[]) =>
    put.mutate({ repositoryName, triggers: next }, { onSuccess: () => setEditing(null) });
  const editedTrigger = current.find((trigger) => trigger.name === editing);

  return (
    <>
      <div className="admin-toolbar">
        <h3>Triggers of {repositoryName}</h3>
        {permissions.write && editing === null && current.length < 10 && (
          <button type="button" className="button button-primary" onClick={() => setEditing('')}>
            New trigger
          </button>
        )}
      </div>
      {put.isError && <ErrorMessage title="The triggers were not saved" error={put.error} />}
      {editing !== null && (
        <div className="panel admin-section">
          <div className="panel-body">
            <TriggerForm
              key={editing}
              initial={editedTrigger}
              takenNames={current
                .filter((trigger) => trigger.name !== editing)
                .map((trigger) => trigger.name)}
              submitLabel={editing ? 'Save trigger' : 'Create trigger'}
              pending={put.isPending}
              onCancel={() => setEditing(null)}
              onSubmit={(trigger) =>
                save(
                  editing
                    ? current.map((existing) => (existing.name === editing ? trigger : existing))
                    : [...current, trigger],
                )
              }
            />
          </div>
        </div>
      )}
      {current.length === 0 ? (
        <EmptyState title="No triggers">
          A trigger notifies an SNS topic or a Lambda function when branches change.
        </EmptyState>
      ) : (
        <div className="panel admin-section">
          <table className="data-table" aria-label="Triggers">
            <thead>
              <tr>
                <th>Name</th>
                <th>Destination</th>
                <th>Events</th>
                <th className="hide-narrow">Branches</th>
                {permissions.write && <th>Actions</th>}
              </tr>
            </thead>
            <tbody>
              {current.map((trigger) => (
                <tr key={trigger.name}>
                  <td>{trigger.name}</td>
                  <td className="mono">{trigger.destinationArn}</td>
                  <td>{trigger.events.map((event) => eventNames[event] ?? event).join(', ')}</td>
                  <td className="hide-narrow">
                    {trigger.branches.length ? (
                      trigger.branches.join(', ')
                    ) : (
                      <span className="muted">all</span>
                    )}
                  </td>
                  {permissions.write && (
                    <td>
                      <div className="button-group">
                        <button
                          type="button"
                          className="button button-small"
                          disabled={test.isPending}
                          onClick={() => test.mutate({ repositoryName, triggers: [trigger] })}
                        >
                          Test
                        </button>
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => setEditing(trigger.name)}
                        >
                          Edit
                        </button>
                        <button
                          type="button"
                          className="button button-small button-danger"
                          disabled={put.isPending}
                          onClick={() => {
                            if (window.confirm(`Delete the trigger ${trigger.name}?`))
                              save(current.filter((existing) => existing.name !== trigger.name));
                          }}
                        >
                          Delete
                        </button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {test.isError && <ErrorMessage title="The trigger could not be tested" error={test.error} />}
      {test.data && (
        <div
          className={`notice ${test.data.failedExecutions.length ? '' : 'notice-success'}`}
          role="status"
        >
          {test.data.successfulExecutions.map((name) => (
            <div key={name}>Test of {name} sent.</div>
          ))}
          {test.data.failedExecutions.map((failure) => (
            <div key={failure.trigger}>
              Test of {failure.trigger} failed: {failure.failureMessage}
            </div>
          ))}
        </div>
      )}
      <section className="admin-section" aria-labelledby="deliveries-heading">
        <h3 id="deliveries-heading">Deliveries</h3>
        <TriggerDeliveries repositoryName={repositoryName} />
      </section>
      <section className="admin-section" aria-labelledby="events-heading">
        <h3 id="events-heading">EventBridge events</h3>
        <EventDeliveries repositoryName={repositoryName} />
      </section>
    </>
  );
}

/** Pick a repository, then create, edit, delete and test its triggers and see what they sent. */
export function TriggersPage() {
  const repositories = useRepositoryNames();
  const [searchParams] = useSearchParams();
  const update = useUpdateSearchParams();
  const repositoryName = searchParams.get('repository') ?? '';
  return (
    <section className="admin-section" aria-labelledby="triggers-heading">
      <h2 id="triggers-heading">Repository triggers</h2>
      <div className="admin-toolbar">
        <label>
          Repository{' '}
          <select
            value={repositoryName}
            onChange={(event) => update('repository', event.target.value)}
            disabled={!repositories.data}
          >
            <option value="">Choose a repository</option>
            {repositories.data?.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {repositories.isError && (
        <ErrorMessage title="The repositories could not be listed" error={repositories.error} />
      )}
      {repositoryName && (
        <RepositoryTriggers key={repositoryName} repositoryName={repositoryName} />
      )}
    </section>
  );
}
