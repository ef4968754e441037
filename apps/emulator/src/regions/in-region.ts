import type { OperationContext } from '../operations/types.ts';

/**
 * The same context seen from another region: its `region` and `repositories` are that region's.
 * Work that follows an event (a push, a branch moved by an API call) runs in the event's region.
 *
 * @example
 * fireTriggers(inRegion(context, update.region), update);
 */
export const inRegion = <Context extends Pick<OperationContext, 'repositoriesIn'>>(
  context: Context,
  region: string,
): Context & Pick<OperationContext, 'region' | 'repositories'> => ({
  ...context,
  region,
  repositories: context.repositoriesIn(region),
});
