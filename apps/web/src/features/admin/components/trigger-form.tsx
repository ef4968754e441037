import { useState } from 'react';
import { listFromText } from '@/lib/list-text.ts';
import type { Trigger, TriggerEvent } from '../api/triggers.ts';
import { parseDestinationArn } from '../lib/destination-arn.ts';

const eventChoices: { value: TriggerEvent; label: string }[] = [
  { value: 'all', label: 'All repository events' },
  { value: 'createReference', label: 'Create branch or tag' },
  { value: 'updateReference', label: 'Push to existing branch' },
  { value: 'deleteReference', label: 'Delete branch or tag' },
];

type TriggerFormProps = {
  initial?: Trigger;
  /** Names already taken by the repository's other triggers. */
  takenNames: string[];
  submitLabel: string;
  pending: boolean;
  onSubmit: (trigger: Trigger) => void;
  onCancel: () => void;
};

/** A trigger's name, SNS or Lambda destination (checked as typed), events, branches and custom data. */
export function TriggerForm({
  initial,
  takenNames,
  submitLabel,
  pending,
  onSubmit,
  onCancel,
}: TriggerFormProps) {
  const [name, setName] = useState(initial?.name ?? '');
  const [destinationArn, setDestinationArn] = useState(initial?.destinationArn ?? '');
  const [events, setEvents] = useState<TriggerEvent[]>(initial?.events ?? ['all']);
  const [branches, setBranches] = useState((initial?.branches ?? []).join('\n'));
  const [customData, setCustomData] = useState(initial?.customData ?? '');
  const destination = destinationArn.trim() ? parseDestinationArn(destinationArn) : null;
  const arnProblem = typeof destination === 'string' ? destination : null;
  const nameProblem = takenNames.includes(name.trim())
    ? 'Another trigger of this repository has that name.'
    : null;

  const toggleEvent = (event: TriggerEvent, on: boolean) => {
    if (event === 'all') return setEvents(on ? ['all'] : []);
    const rest = events.filter((value) => value !== 'all' && value !== event);
    setEvents(on ? [...rest, event] : rest);
  };

  return (
    <form
      className="admin-form"
      aria-label={initial ? `Edit trigger ${initial.name}` : 'New trigger'}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({
          name: name.trim(),
          destinationArn: destinationArn.trim(),
          events,
          branches: listFromText(branches),
          ...(customData ? { customData } : {}),
        });
      }}
    >
      <div className="field">
        <label htmlFor="trigger-name">Trigger name</label>
        <input
          id="trigger-name"
          value={name}
          maxLength={100}
          required
          aria-invalid={!!nameProblem}
          onChange={(event) => setName(event.target.value)}
        />
        {nameProblem && <span className="field-error">{nameProblem}</span>}
      </div>
      <div className="field">
        <label htmlFor="trigger-destination">Destination ARN</label>
        <input
          id="trigger-destination"
          value={destinationArn}
          required
          aria-invalid={!!arnProblem}
          aria-describedby="trigger-destination-hint"
          placeholder="arn:aws:sns:us-east-1:123456789012:my-topic"
          onChange={(event) => setDestinationArn(event.target.value)}
        />
        <span id="trigger-destination-hint" className={arnProblem ? 'field-error' : 'field-hint'}>
          {arnProblem ??
            (destination && typeof destination !== 'string'
              ? `${destination.service === 'sns' ? 'SNS topic' : 'Lambda function'} ${destination.name} in ${destination.region}, account ${destination.accountId}`
              : 'An Amazon SNS topic or an AWS Lambda function.')}
        </span>
      </div>
      <fieldset>
        <legend>Events</legend>
        {eventChoices.map((choice) => (
          <label key={choice.value}>
            <input
              type="checkbox"
              checked={events.includes(choice.value)}
              onChange={(event) => toggleEvent(choice.value, event.target.checked)}
            />{' '}
            {choice.label}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="trigger-branches">Branches</label>
        <textarea
          id="trigger-branches"
          rows={2}
          value={branches}
          placeholder="main"
          onChange={(event) => setBranches(event.target.value)}
        />
        <span className="field-hint">One per line; empty: every branch.</span>
      </div>
      <div className="field">
        <label htmlFor="trigger-custom-data">Custom data</label>
        <input
          id="trigger-custom-data"
          value={customData}
          maxLength={1000}
          onChange={(event) => setCustomData(event.target.value)}
        />
        <span className="field-hint">Sent with every notification.</span>
      </div>
      <div className="button-group">
        <button
          type="submit"
          className="button button-primary"
          disabled={
            pending ||
            !!arnProblem ||
            !!nameProblem ||
            !name.trim() ||
            !destinationArn.trim() ||
            events.length === 0
          }
        >
          {pending ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
