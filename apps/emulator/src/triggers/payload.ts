import { randomUUID } from 'node:crypto';

/** One reference in a trigger event: the commit it now points to (or pointed to, when deleted). */
export interface TriggerReference {
  ref: string;
  commit: string;
  created?: true;
  deleted?: true;
}

/** What CodeCommit sends to an SNS topic (as the message) or a Lambda function (as the event). */
export interface TriggerPayload {
  Records: {
    awsRegion: string;
    codecommit: { references: TriggerReference[] };
    customData: string;
    eventId: string;
    eventName: 'ReferenceChanges' | 'TriggerEventTest';
    eventPartNumber: number;
    eventSource: 'aws:codecommit';
    eventSourceARN: string;
    eventTime: string;
    eventTotalParts: number;
    eventTriggerConfigId: string;
    eventTriggerName: string;
    eventVersion: '1.0';
    userIdentityARN: string;
  }[];
}

/** AWS's event time form: 2016-02-09T00:08:11.743+0000. */
const eventTimeOf = (date: Date): string => date.toISOString().replace('Z', '+0000');

/**
 * A trigger's event in the shape CodeCommit delivers it.
 *
 * @example
 * const payload = triggerPayload({ region, repositoryArn, trigger, configurationId, eventName: 'ReferenceChanges', references, userArn, eventTime });
 */
export const triggerPayload = ({
  region,
  repositoryArn,
  triggerName,
  customData,
  configurationId,
  eventName,
  references,
  userArn,
  eventTime,
}: {
  region: string;
  repositoryArn: string;
  triggerName: string;
  customData: string;
  configurationId: string;
  eventName: 'ReferenceChanges' | 'TriggerEventTest';
  references: TriggerReference[];
  userArn: string;
  eventTime: Date;
}): TriggerPayload => ({
  Records: [
    {
      awsRegion: region,
      codecommit: { references },
      customData,
      eventId: randomUUID(),
      eventName,
      eventPartNumber: 1,
      eventSource: 'aws:codecommit',
      eventSourceARN: repositoryArn,
      eventTime: eventTimeOf(eventTime),
      eventTotalParts: 1,
      eventTriggerConfigId: configurationId,
      eventTriggerName: triggerName,
      eventVersion: '1.0',
      userIdentityARN: userArn,
    },
  ],
});
