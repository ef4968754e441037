const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (value: number): string => String(value).padStart(2, '0');

/**
 * A date the way CodeCommit's events spell creationDate and lastModifiedDate: Java's
 * Date.toString() in UTC, e.g. "Wed Nov 06 19:10:58 UTC 2019" (CodeCommit User Guide,
 * "Monitoring CodeCommit events", pullRequestApprovalRuleCreated example).
 *
 * @example
 * javaDate(new Date('2019-11-06T19:10:58Z')) // 'Wed Nov 06 19:10:58 UTC 2019'
 */
export const javaDate = (date: Date): string =>
  `${days[date.getUTCDay()] ?? ''} ${months[date.getUTCMonth()] ?? ''} ${two(date.getUTCDate())} ${two(
    date.getUTCHours(),
  )}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} UTC ${date.getUTCFullYear()}`;
