/**
 * An error the emulator answers with, in AWS JSON 1.1 form:
 * HTTP status, body `{"__type": code, "message": message}` and header `X-Amzn-ErrorType: code`.
 * `code` is the exception's name exactly as the CodeCommit model spells it, so the real SDK
 * rebuilds the right exception class.
 *
 * @example
 * throw new CodeCommitError('RepositoryDoesNotExistException', `${name} does not exist`);
 */
export class CodeCommitError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number = 400,
  ) {
    super(message);
    this.name = code;
  }
}

export const fail = (code: string, message: string, status = 400): never => {
  throw new CodeCommitError(code, message, status);
};
