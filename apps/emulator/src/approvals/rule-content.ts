import { createHash } from 'node:crypto';
import { fail } from '../protocol/errors.ts';

/** One "Approvers" statement of an approval rule. */
export interface ApproversStatement {
  numberOfApprovalsNeeded: number;
  /** Empty: anyone may approve. */
  approvalPoolMembers: string[];
}

export interface ApprovalRuleContent {
  statements: ApproversStatement[];
  /** Only in templates: the destination branches (full refs) the template applies to; undefined means all. */
  destinationReferences?: string[];
}

const VERSION = '2018-11-08';
const MAX_POOL_MEMBERS = 50;

/** AWS reports a rule's content by the SHA-256 of its exact text. */
export const ruleContentSha256 = (content: string): string =>
  createHash('sha256').update(content, 'utf8').digest('hex');

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether a pool member is in a form CodeCommit accepts: an IAM or STS ARN
 * (`arn:aws:iam::123456789012:user/*`, `arn:aws:sts::123456789012:assumed-role/Role/*`) or
 * `CodeCommitApprovers:<account id>:<user or session name>`, with `*` and `?` wildcards.
 */
const isPoolMember = (member: unknown): member is string =>
  typeof member === 'string' &&
  (/^arn:aws:(iam|sts)::(\d{12}|\*):[^\s]+$/.test(member) ||
    /^CodeCommitApprovers:(\d{12}|\*):[^\s:]+$/.test(member));

/**
 * Parses and checks approval rule content as CodeCommit defines it:
 * `{"Version":"2018-11-08","DestinationReferences":["refs/heads/main"],"Statements":[{"Type":"Approvers","NumberOfApprovalsNeeded":2,"ApprovalPoolMembers":["arn:aws:iam::123456789012:user/*"]}]}`.
 * Anything else answers `exception` (InvalidApprovalRuleContentException or its template twin)
 * naming what is wrong.
 *
 * @example
 * const rule = parseRuleContent({ content: input.approvalRuleContent, exception: 'InvalidApprovalRuleContentException' });
 */
export const parseRuleContent = ({
  content,
  exception,
  allowDestinationReferences = false,
}: {
  content: string;
  exception: string;
  allowDestinationReferences?: boolean;
}): ApprovalRuleContent => {
  const invalid = (problem: string): never =>
    fail(exception, `The approval rule content is not valid: ${problem}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (error) {
    return invalid(`it is not JSON (${(error as Error).message}).`);
  }
  if (!isRecord(parsed)) return invalid('it must be a JSON object.');
  if (parsed.Version !== VERSION) return invalid(`"Version" must be "${VERSION}".`);
  const known = new Set([
    'Version',
    'Statements',
    ...(allowDestinationReferences ? ['DestinationReferences'] : []),
  ]);
  const unknown = Object.keys(parsed).find((key) => !known.has(key));
  if (unknown) return invalid(`"${unknown}" is not a member it may have.`);
  let destinationReferences: string[] | undefined;
  if (parsed.DestinationReferences !== undefined) {
    const references = parsed.DestinationReferences;
    if (
      !Array.isArray(references) ||
      references.length === 0 ||
      !references.every((ref) => typeof ref === 'string' && /^refs\/heads\/\S+$/.test(ref))
    ) {
      return invalid(
        '"DestinationReferences" must be a list of full branch references such as "refs/heads/main".',
      );
    }
    destinationReferences = references as string[];
  }
  const statements = parsed.Statements;
  if (!Array.isArray(statements) || statements.length === 0)
    return invalid('"Statements" must be a non-empty list.');
  return {
    destinationReferences,
    statements: statements.map((statement: unknown, index): ApproversStatement => {
      const at = `Statements[${index}]`;
      if (!isRecord(statement)) return invalid(`${at} must be an object.`);
      if (statement.Type !== 'Approvers') return invalid(`${at}.Type must be "Approvers".`);
      const needed = statement.NumberOfApprovalsNeeded;
      if (typeof needed !== 'number' || !Number.isInteger(needed) || needed < 1) {
        return invalid(`${at}.NumberOfApprovalsNeeded must be a whole number of at least 1.`);
      }
      const members = statement.ApprovalPoolMembers ?? [];
      if (!Array.isArray(members) || members.length > MAX_POOL_MEMBERS) {
        return invalid(
          `${at}.ApprovalPoolMembers must be a list of at most ${MAX_POOL_MEMBERS} members.`,
        );
      }
      const wrong = members.find((member: unknown) => !isPoolMember(member));
      if (wrong !== undefined) {
        return invalid(
          `${at}.ApprovalPoolMembers has ${JSON.stringify(wrong)}; use an ARN such as arn:aws:iam::123456789012:user/* or CodeCommitApprovers:123456789012:user-name.`,
        );
      }
      const extra = Object.keys(statement).find(
        (key) => !['Type', 'NumberOfApprovalsNeeded', 'ApprovalPoolMembers'].includes(key),
      );
      if (extra) return invalid(`${at}.${extra} is not a member a statement may have.`);
      return { numberOfApprovalsNeeded: needed, approvalPoolMembers: members as string[] };
    }),
  };
};
