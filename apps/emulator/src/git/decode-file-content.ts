import { fail } from '../protocol/errors.ts';

/** The largest file the API accepts or returns: 6 MB. */
export const MAX_FILE_BYTES = 6 * 1024 * 1024;

/**
 * The bytes of a file content member (a Buffer once the protocol layer decoded the base64,
 * or still a base64 string) with the 6 MB limit
 * (FileContentSizeLimitExceededException); absent content answers FileContentRequiredException.
 *
 * @example
 * const content = decodeFileContent({ fileContent: input.fileContent });
 */
export const decodeFileContent = ({
  fileContent,
  allowEmpty = false,
}: {
  fileContent: unknown;
  /** CreateCommit may add empty files; PutFile may not. */
  allowEmpty?: boolean;
}): Buffer => {
  const empty =
    fileContent === '' || (fileContent instanceof Uint8Array && fileContent.length === 0);
  if (empty && allowEmpty) return Buffer.alloc(0);
  if (fileContent === undefined || fileContent === null || empty) {
    return fail(
      'FileContentRequiredException',
      'The file content is required and cannot be empty.',
    );
  }
  if (fileContent instanceof Uint8Array) {
    if (fileContent.length > MAX_FILE_BYTES) {
      return fail(
        'FileContentSizeLimitExceededException',
        `The file content is larger than ${MAX_FILE_BYTES} bytes.`,
      );
    }
    return Buffer.from(fileContent.buffer, fileContent.byteOffset, fileContent.byteLength);
  }
  if (typeof fileContent !== 'string' || !/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(fileContent)) {
    return fail('SerializationException', 'The file content must be base64-encoded.');
  }
  // Reject before decoding a body far beyond the limit.
  if (fileContent.length > Math.ceil((MAX_FILE_BYTES * 4) / 3) + 1024) {
    return fail(
      'FileContentSizeLimitExceededException',
      `The file content is larger than ${MAX_FILE_BYTES} bytes.`,
    );
  }
  const content = Buffer.from(fileContent, 'base64');
  if (content.length > MAX_FILE_BYTES) {
    return fail(
      'FileContentSizeLimitExceededException',
      `The file content is larger than ${MAX_FILE_BYTES} bytes.`,
    );
  }
  return content;
};
