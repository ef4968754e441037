import type { OperationContext, ReferenceUpdate } from '../operations/types.ts';
import { registerEventBridge } from '../eventbridge/register.ts';
import { useTriggerDestinationsOf } from '../triggers/destinations.ts';
import { fireTriggers } from '../triggers/deliver.ts';
import { followBranches } from './reconcile.ts';
import { inRegion } from '../regions/in-region.ts';

export type ListenerContext = Pick<
  OperationContext,
  'db' | 'repositoriesIn' | 'events' | 'accountId'
>;

const registered = new WeakSet<object>();

/**
 * Makes pull requests and repository triggers follow every reference move, by API call or
 * `git push`: a moved source branch updates sourceCommit and revisionId (recorded as
 * PULL_REQUEST_SOURCE_REFERENCE_UPDATED by whoever moved it), a deleted source or destination
 * branch closes the pull request, and the repository's matching triggers fire, POSTing to the
 * local URLs that `triggerDestinations` in `<dataDir>/emulator.json` maps their ARNs to, and
 * CodeCommit's EventBridge events go to its `eventBridgeTargets` (see eventbridge/register.ts).
 * Registering twice on the same events hub does nothing the second time.
 *
 * @example
 * registerPullRequestListeners(context, { dataDir });
 */
export const registerPullRequestListeners = (
  context: ListenerContext,
  options: { dataDir?: string } = {},
): void => {
  if (registered.has(context.events)) return;
  registered.add(context.events);
  if (options.dataDir !== undefined) {
    useTriggerDestinationsOf(context.events, options.dataDir);
    registerEventBridge(context, { dataDir: options.dataDir });
  }
  context.events.onReferenceUpdated((update: ReferenceUpdate) => {
    const regional = inRegion(context, update.region);
    fireTriggers(regional, update);
    if (!update.ref.startsWith('refs/heads/')) return;
    const repository = regional.repositories.find(update.repositoryName);
    if (!repository) return;
    // Only the pull requests on the moved branch can have changed.
    void followBranches(regional, repository.repositoryId, {
      actorArn: update.caller.arn,
      ref: update.ref,
    }).catch(() => undefined);
  });
};
