import { z } from 'zod';

/**
 * Approval rule content as the console edits it. CodeCommit stores a JSON document
 * (`{"Version":"2018-11-08","Statements":[{"Type":"Approvers",...}]}`); people pick a number
 * and a pool of members, so the BFF writes and reads that document for them.
 */
export interface ApprovalRuleFields {
  numberOfApprovalsNeeded: number;
  /** Empty: anyone with access may approve. */
  approvalPoolMembers: string[];
  /** Templates only: the destination branches (refs/heads/...) the rule applies to. */
  destinationReferences?: string[];
}

/** The pool member forms CodeCommit accepts, with `*` wildcards. */
const poolMemberSchema = z
  .string()
  .max(1024)
  .regex(
    /^(arn:aws[\w-]*:(iam|sts)::(\d{12}|\*):\S+|CodeCommitApprovers:(\d{12}|\*):[^\s:]+)$/,
    'each approval pool member is an IAM or STS ARN (arn:aws:iam::123456789012:user/name) or CodeCommitApprovers:<account>:<name>',
  );

export const approvalRuleFieldsSchema = z.object({
  numberOfApprovalsNeeded: z
    .number()
    .int('numberOfApprovalsNeeded must be a whole number')
    .min(1, 'numberOfApprovalsNeeded is at least 1')
    .max(50, 'numberOfApprovalsNeeded is at most 50'),
  approvalPoolMembers: z
    .array(poolMemberSchema)
    .max(50, 'approvalPoolMembers holds at most 50 members'),
});

export const destinationReferencesSchema = z
  .array(
    z
      .string()
      .regex(/^refs\/heads\/\S+$/, 'each destination reference is a branch, as refs/heads/<name>'),
  )
  .max(100);

/** The document CodeCommit expects for these fields. */
export function toRuleContent(fields: ApprovalRuleFields): string {
  return JSON.stringify({
    Version: '2018-11-08',
    ...(fields.destinationReferences?.length
      ? { DestinationReferences: fields.destinationReferences }
      : {}),
    Statements: [
      {
        Type: 'Approvers',
        NumberOfApprovalsNeeded: fields.numberOfApprovalsNeeded,
        ...(fields.approvalPoolMembers.length
          ? { ApprovalPoolMembers: fields.approvalPoolMembers }
          : {}),
      },
    ],
  });
}

const storedContentSchema = z.object({
  DestinationReferences: z.array(z.string()).optional(),
  Statements: z
    .array(
      z.object({
        NumberOfApprovalsNeeded: z.number().optional(),
        ApprovalPoolMembers: z.array(z.string()).optional(),
      }),
    )
    .min(1),
});

/**
 * The fields of a stored rule, or undefined when its document has a shape the console does not
 * edit (several statements, say): it is then shown as its JSON.
 */
export function fromRuleContent(content: string | undefined): ApprovalRuleFields | undefined {
  let json: unknown;
  try {
    json = JSON.parse(content ?? '');
  } catch {
    return undefined;
  }
  const parsed = storedContentSchema.safeParse(json);
  if (!parsed.success || parsed.data.Statements.length !== 1) return undefined;
  const [statement] = parsed.data.Statements;
  return {
    numberOfApprovalsNeeded: statement?.NumberOfApprovalsNeeded ?? 1,
    approvalPoolMembers: statement?.ApprovalPoolMembers ?? [],
    ...(parsed.data.DestinationReferences
      ? { destinationReferences: parsed.data.DestinationReferences }
      : {}),
  };
}
