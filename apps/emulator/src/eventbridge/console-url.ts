/**
 * The CodeCommit console page an event's notificationBody points to, in the form of the CodeCommit
 * User Guide's event examples (https://<region>.console.aws.amazon.com/codesuite/codecommit/...).
 *
 * @example
 * consoleUrl({ region: 'us-east-2', page: 'repositories/MyDemoRepo/pull-requests/1' })
 */
export const consoleUrl = ({ region, page }: { region: string; page: string }): string =>
  `https://${region}.console.aws.amazon.com/codesuite/codecommit/${page}?region=${region}`;
