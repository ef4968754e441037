import { fail } from './errors.ts';
import { serviceModel } from './model.ts';

/**
 * Messages CodeCommit answers word for word, where a public record of them exists.
 * InvalidRepositoryNameException: recorded from CodeCommit in moto's CodeCommit tests
 * (getmoto/moto, tests/test_codecommit/test_codecommit.py), trailing space included.
 */
const recorded: Record<string, string> = {
  InvalidRepositoryNameException:
    'The repository name is not valid. Repository names can be any valid combination of letters, numbers, periods, underscores, and dashes between 1 and 100 characters in length. Names are case sensitive. For more information, see Limits in the AWS CodeCommit User Guide. ',
};

const documented = new Map<string, string | undefined>();

/** The first paragraph of the exception's documentation in AWS's service model, as plain text. */
const documentationOf = (exception: string): string | undefined => {
  if (documented.has(exception)) return documented.get(exception);
  const html = /<p>(.*?)<\/p>/s.exec(serviceModel.shapes[exception]?.documentation ?? '')?.[1];
  const text = html
    ?.replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  documented.set(exception, text || undefined);
  return text || undefined;
};

/**
 * What CodeCommit says when it answers `exception` for bad input: its recorded message, or else
 * the sentence AWS's service model documents the exception with (for example "A repository name
 * is required, but was not specified." for RepositoryNameRequiredException), which is the text
 * CodeCommit's own answers carry. Undefined for an exception the model does not document.
 *
 * @example
 * awsMessage('BranchNameRequiredException') // 'A branch name is required, but was not specified.'
 */
export const awsMessage = (exception: string): string | undefined =>
  recorded[exception] ?? documentationOf(exception);

/**
 * Fails with `exception` and CodeCommit's own message for it, for problems its message already
 * says all about (a required value missing).
 *
 * @example
 * if (!input.branchName) failInAwsWords('BranchNameRequiredException');
 */
export const failInAwsWords = (exception: string): never =>
  fail(exception, awsMessage(exception) ?? exception);
