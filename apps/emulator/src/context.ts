/**
 * The request context every layer of the emulator shares, kept at the bottom so the auth, git,
 * store and protocol rooms import down, never up into the handlers' room.
 */

/** Who signed the request, after SigV4 verification. */
export interface Caller {
  /** An IAM user's name, or an assumed role's session name. */
  userName: string;
  /** arn:aws:iam::<accountId>:user/<userName> or arn:aws:sts::<accountId>:assumed-role/<role>/<session> */
  arn: string;
  accountId: string;
  accessKeyId: string;
}
