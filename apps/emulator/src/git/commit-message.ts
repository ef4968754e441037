import { fail } from '../protocol/errors.ts';

const MAX_MESSAGE_BYTES = 256 * 1024;

/**
 * The message of a commit made through the API: the given one (at most 256 KB, as AWS
 * limits it) or the default for the operation.
 *
 * @example
 * const message = commitMessage({ message: input.commitMessage, fallback: `Added ${path}` });
 */
export const commitMessage = ({
  message,
  fallback,
}: {
  message: unknown;
  fallback: string;
}): string => {
  if (typeof message !== 'string' || message === '') return fallback;
  if (Buffer.byteLength(message) > MAX_MESSAGE_BYTES) {
    fail(
      'CommitMessageLengthExceededException',
      `The commit message is longer than ${MAX_MESSAGE_BYTES} bytes.`,
    );
  }
  return message.replace(/\0/g, '');
};
