import { z } from 'zod';

/** An Amazon SNS topic or AWS Lambda function (optionally a version or alias), as CodeCommit accepts. */
export const destinationArnSchema = z
  .string()
  .regex(
    /^arn:aws[\w-]*:(sns:[a-z]{2}(-[a-z]+)+-\d:\d{12}:[\w-]{1,256}|lambda:[a-z]{2}(-[a-z]+)+-\d:\d{12}:function:[\w-]{1,64}(:(\$LATEST|[\w-]{1,128}))?)$/,
    'destinationArn is an SNS topic (arn:aws:sns:<region>:<account>:<topic>) or a Lambda function (arn:aws:lambda:<region>:<account>:function:<name>)',
  );

const eventSchema = z.enum(['all', 'createReference', 'updateReference', 'deleteReference']);

export const triggerSchema = z.object({
  name: z.string().trim().min(1, 'name is required').max(100, 'name is at most 100 characters'),
  destinationArn: destinationArnSchema,
  customData: z.string().max(1000, 'customData is at most 1,000 characters').optional(),
  /** Empty: every branch. */
  branches: z
    .array(z.string().min(1).max(256))
    .max(100, 'a trigger names at most 100 branches')
    .default([]),
  events: z
    .array(eventSchema)
    .min(1, 'choose at least one event')
    .refine((events) => !events.includes('all') || events.length === 1, {
      message: '"all" stands alone: it already includes every other event',
    }),
});

export const triggersSchema = z.object({
  triggers: z
    .array(triggerSchema)
    .max(10, 'a repository has at most 10 triggers')
    .refine(
      (triggers) => new Set(triggers.map((trigger) => trigger.name)).size === triggers.length,
      {
        message: 'each trigger needs its own name',
      },
    ),
});

export const testTriggersSchema = z.object({
  triggers: z.array(triggerSchema).min(1, 'name a trigger to test').max(10),
});
