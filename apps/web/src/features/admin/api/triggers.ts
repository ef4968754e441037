import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client.ts';

const repository = api.api.repositories[':repositoryName'];

export type TriggerEvent = 'all' | 'createReference' | 'updateReference' | 'deleteReference';
export type Trigger = {
  name: string;
  destinationArn: string;
  customData?: string;
  branches: string[];
  events: TriggerEvent[];
};

export const getTriggers = (repositoryName: string) =>
  unwrap(repository.triggers.$get({ param: { repositoryName } }));
export const getTriggerDeliveries = (repositoryName: string) =>
  unwrap(repository['trigger-deliveries'].$get({ param: { repositoryName } }));
export const getTriggerPermissions = (repositoryName: string) =>
  unwrap(repository.triggers.permissions.$get({ param: { repositoryName } }));
export type TriggerDeliveries = Awaited<ReturnType<typeof getTriggerDeliveries>>;
export const getEventDeliveries = (repositoryName: string) =>
  unwrap(repository['event-deliveries'].$get({ param: { repositoryName } }));

const triggersKey = (repositoryName: string) =>
  ['repositories', repositoryName, 'triggers'] as const;

export const getTriggersQueryOptions = (repositoryName: string) =>
  queryOptions({
    queryKey: [...triggersKey(repositoryName), 'list'],
    queryFn: () => getTriggers(repositoryName),
  });
/** Deliveries arrive after pushes made anywhere: asked again every few seconds while shown. */
export const getTriggerDeliveriesQueryOptions = (repositoryName: string) =>
  queryOptions({
    queryKey: [...triggersKey(repositoryName), 'deliveries'],
    queryFn: () => getTriggerDeliveries(repositoryName),
    refetchInterval: 5_000,
    staleTime: 0,
  });

/** EventBridge events, like trigger deliveries, follow pushes made anywhere. */
export const getEventDeliveriesQueryOptions = (repositoryName: string) =>
  queryOptions({
    queryKey: [...triggersKey(repositoryName), 'events'],
    queryFn: () => getEventDeliveries(repositoryName),
    refetchInterval: 5_000,
    staleTime: 0,
  });

export const useTriggers = (repositoryName: string) =>
  useQuery({ ...getTriggersQueryOptions(repositoryName), enabled: !!repositoryName });
export const useTriggerDeliveries = (repositoryName: string) =>
  useQuery({ ...getTriggerDeliveriesQueryOptions(repositoryName), enabled: !!repositoryName });
export const useEventDeliveries = (repositoryName: string) =>
  useQuery({ ...getEventDeliveriesQueryOptions(repositoryName), enabled: !!repositoryName });
export const useTriggerPermissions = (repositoryName: string) =>
  useQuery({
    queryKey: ['permissions', 'triggers', repositoryName],
    queryFn: () => getTriggerPermissions(repositoryName),
    enabled: !!repositoryName,
    staleTime: 5 * 60_000,
  }).data ?? { write: false };

export const putTriggers = ({
  repositoryName,
  triggers,
}: {
  repositoryName: string;
  triggers: Trigger[];
}) => unwrap(repository.triggers.$put({ param: { repositoryName }, json: { triggers } }));

export const testTriggers = ({
  repositoryName,
  triggers,
}: {
  repositoryName: string;
  triggers: Trigger[];
}) => unwrap(repository.triggers.test.$post({ param: { repositoryName }, json: { triggers } }));

export const usePutTriggers = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putTriggers,
    onSuccess: (_, { repositoryName }) =>
      queryClient.invalidateQueries({ queryKey: triggersKey(repositoryName) }),
  });
};

export const useTestTriggers = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: testTriggers,
    onSuccess: (_, { repositoryName }) =>
      queryClient.invalidateQueries({ queryKey: triggersKey(repositoryName) }),
  });
};
