import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { formatDate, formatRelative } from '@/lib/format.ts';
import { useEventDeliveries } from '../api/triggers.ts';

type EventDelivery = {
  deliveryId?: number;
  detailType?: string;
  eventName?: string;
  eventTime?: string;
  event?: { detail?: Record<string, unknown> };
  delivery?: { status?: string; responseStatus?: number; error?: string; url?: string };
};

const asDelivery = (value: unknown): EventDelivery =>
  value && typeof value === 'object' ? (value as EventDelivery) : {};

/** What an event is about: the branch or tag it moved, the pull request, template or commit it concerns. */
function subjectOf(detail: Record<string, unknown> | undefined): string {
  if (typeof detail?.referenceName === 'string') return detail.referenceName;
  if (typeof detail?.pullRequestId === 'string') return `pull request ${detail.pullRequestId}`;
  if (typeof detail?.approvalRuleTemplateName === 'string')
    return `template ${detail.approvalRuleTemplateName}`;
  if (typeof detail?.afterCommitId === 'string') return detail.afterCommitId.slice(0, 7);
  return '';
}

/** The EventBridge events the repository emitted, newest first, when the CodeCommit in use records them. */
export function EventDeliveries({ repositoryName }: { repositoryName: string }) {
  const deliveries = useEventDeliveries(repositoryName);
  if (deliveries.isPending) return <Skeleton lines={3} label="Loading events" />;
  if (deliveries.isError)
    return <ErrorMessage title="Events could not be loaded" error={deliveries.error} />;
  if (!deliveries.data.available) return <p className="notice">{deliveries.data.reason}</p>;
  const list = deliveries.data.deliveries.map(asDelivery).reverse();
  if (list.length === 0)
    return <p className="muted">No events yet: push, or open or comment on a pull request.</p>;
  return (
    <div className="panel">
      <table className="data-table" aria-label="EventBridge events">
        <thead>
          <tr>
            <th>When</th>
            <th>Detail type</th>
            <th>Event</th>
            <th className="hide-narrow">Target</th>
            <th>Delivery</th>
          </tr>
        </thead>
        <tbody>
          {list.map((delivery, index) => {
            const subject = subjectOf(delivery.event?.detail);
            return (
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
                <td>{delivery.detailType}</td>
                <td>
                  {delivery.eventName}
                  {subject && <span className="muted"> on {subject}</span>}
                  <details>
                    <summary className="muted">Event</summary>
                    <pre className="delivery-payload">
                      {JSON.stringify(delivery.event, null, 2)}
                    </pre>
                  </details>
                </td>
                <td className="hide-narrow mono">{delivery.delivery?.url ?? 'no target'}</td>
                <td>
                  <span
                    className={
                      delivery.delivery?.status === 'failed' ? 'status-failed' : 'status-ok'
                    }
                  >
                    {delivery.delivery?.status ?? 'recorded'}
                  </span>
                  {delivery.delivery?.error && (
                    <div className="muted">{delivery.delivery.error}</div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
