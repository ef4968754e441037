import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { formatDate, formatRelative } from '@/lib/format.ts';
import { useTriggerDeliveries } from '../api/triggers.ts';

type Delivery = {
  deliveryId?: string;
  triggerName?: string;
  destinationArn?: string;
  eventName?: string;
  eventTime?: string;
  payload?: unknown;
  delivery?: { status?: string; responseStatus?: number; error?: string; url?: string };
};

const asDelivery = (value: unknown): Delivery =>
  value && typeof value === 'object' ? (value as Delivery) : {};

/** The references a delivery is about, from its CodeCommit event records. */
function referencesOf(payload: unknown): string[] {
  const records =
    (payload as { Records?: { codecommit?: { references?: { ref?: string }[] } }[] } | undefined)
      ?.Records ?? [];
  return records
    .flatMap((record) => record.codecommit?.references ?? [])
    .flatMap((reference) => (reference.ref ? [reference.ref.replace(/^refs\/heads\//, '')] : []));
}

/** What the repository's triggers sent, newest first, when the CodeCommit in use records it. */
export function TriggerDeliveries({ repositoryName }: { repositoryName: string }) {
  const deliveries = useTriggerDeliveries(repositoryName);
  if (deliveries.isPending) return <Skeleton lines={3} label="Loading deliveries" />;
  if (deliveries.isError)
    return <ErrorMessage title="Deliveries could not be loaded" error={deliveries.error} />;
  if (!deliveries.data.available) return <p className="notice">{deliveries.data.reason}</p>;
  const list = deliveries.data.deliveries.map(asDelivery).reverse();
  if (list.length === 0)
    return (
      <p className="muted">Nothing delivered yet: push to the repository or test a trigger.</p>
    );
  return (
    <div className="panel">
      <table className="data-table" aria-label="Trigger deliveries">
        <thead>
          <tr>
            <th>When</th>
            <th>Trigger</th>
            <th>Event</th>
            <th className="hide-narrow">Destination</th>
            <th>Delivery</th>
          </tr>
        </thead>
        <tbody>
          {list.map((delivery, index) => (
            <tr key={delivery.deliveryId ?? index}>
              <td>
                {delivery.eventTime ? (
                  <time title={formatDate(delivery.eventTime)} dateTime={delivery.eventTime}>
                    {formatRelative(delivery.eventTime)}
                  </time>
                ) : (
                  ''
                )}
              </td>
              <td>{delivery.triggerName}</td>
              <td>
                {delivery.eventName}
                {referencesOf(delivery.payload).length > 0 && (
                  <span className="muted"> on {referencesOf(delivery.payload).join(', ')}</span>
                )}
                <details>
                  <summary className="muted">Payload</summary>
                  <pre className="delivery-payload">
                    {JSON.stringify(delivery.payload, null, 2)}
                  </pre>
                </details>
              </td>
              <td className="hide-narrow mono">{delivery.destinationArn}</td>
              <td>
                <span
                  className={delivery.delivery?.status === 'failed' ? 'status-failed' : 'status-ok'}
                >
                  {delivery.delivery?.status ?? 'recorded'}
                </span>
                {delivery.delivery?.error && <div className="muted">{delivery.delivery.error}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
