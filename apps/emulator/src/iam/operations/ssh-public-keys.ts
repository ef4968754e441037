import type { Identity } from '../../auth/identities.ts';
import { newAccessKeyId } from '../../auth/users.ts';
import { parameterReader } from '../../query/parameter-reader.ts';
import { QueryError } from '../../query/query-error.ts';
import type { XmlValue } from '../../query/xml.ts';
import { authorizeIam, userNameFor } from '../authorize.ts';
import { fingerprintOf, readPublicKeyBody } from '../public-key-body.ts';
import type { SshPublicKey, SshPublicKeys } from '../ssh-public-keys.ts';

export interface IamDependencies {
  sshPublicKeys: SshPublicKeys;
  /** Whether emulator.json has an IAM user of that name. */
  userExists(userName: string): boolean;
  clock: () => Date;
}

type Run = (
  parameters: URLSearchParams,
  caller: Identity,
  deps: IamDependencies,
) => Record<string, XmlValue>;

/** IAM's quota of SSH public keys per user (IAM User Guide, "IAM and AWS STS quotas"). */
const maxKeysPerUser = 5;

/** The members and limits of the IAM API Reference. */
const userNameLimits = { min: 1, max: 64, pattern: /^[\w+=,.@-]+$/ };
const keyIdLimits = { min: 20, max: 128, pattern: /^[\w]+$/, required: true };
const keyBodyLimits = { min: 1, max: 16384, pattern: /^[\t\n\r\u0020-\u00FF]+$/ };

/** Reads UserName and checks the caller may act on that user's keys, and that the user exists. */
const forUser = (
  read: ReturnType<typeof parameterReader>,
  caller: Identity,
  action: string,
  deps: IamDependencies,
  required = true,
): string => {
  const given = read.text('UserName', 'userName', { ...userNameLimits, required });
  read.done();
  const userName = userNameFor(caller, given);
  authorizeIam(caller, action, userName);
  if (!deps.userExists(userName))
    throw new QueryError('NoSuchEntity', `The user with name ${userName} cannot be found.`, 404);
  return userName;
};

const keyOf = (deps: IamDependencies, userName: string, sshPublicKeyId: string): SshPublicKey => {
  const key = deps.sshPublicKeys.find(sshPublicKeyId);
  if (!key || key.userName !== userName)
    throw new QueryError(
      'NoSuchEntity',
      `The Public Key with id ${sshPublicKeyId} cannot be found.`,
      404,
    );
  return key;
};

const metadataOf = (key: SshPublicKey): Record<string, XmlValue> => ({
  UserName: key.userName,
  SSHPublicKeyId: key.sshPublicKeyId,
  Status: key.status,
  UploadDate: key.uploadDate,
});

const described = (key: SshPublicKey, body = key.body): Record<string, XmlValue> => ({
  UserName: key.userName,
  SSHPublicKeyId: key.sshPublicKeyId,
  Fingerprint: key.fingerprint,
  SSHPublicKeyBody: body,
  Status: key.status,
  UploadDate: key.uploadDate,
});

/** UploadSSHPublicKey: an RSA key of at least 2048 bits, ssh-rsa or PEM, gets an APKA… id. */
const uploadSshPublicKey: Run = (parameters, caller, deps) => {
  const read = parameterReader(parameters);
  const text = read.text('SSHPublicKeyBody', 'sSHPublicKeyBody', {
    ...keyBodyLimits,
    required: true,
  });
  const userName = forUser(read, caller, 'UploadSSHPublicKey', deps);
  const parsed = readPublicKeyBody(text ?? '');
  if ('refused' in parsed)
    throw new QueryError(
      'InvalidPublicKey',
      `The request was rejected because the public key is malformed or otherwise invalid. ${parsed.refused}`,
    );
  const own = deps.sshPublicKeys.listOf(userName);
  if (own.some((key) => key.body.split(' ')[1] === parsed.body.split(' ')[1]))
    throw new QueryError(
      'DuplicateSSHPublicKey',
      `The request was rejected because the SSH public key is already associated with the user ${userName}.`,
    );
  if (own.length >= maxKeysPerUser)
    throw new QueryError(
      'LimitExceeded',
      `Cannot exceed quota for SSHPublicKeysPerUser: ${maxKeysPerUser}`,
      409,
    );
  const key: SshPublicKey = {
    userName,
    sshPublicKeyId: newAccessKeyId('APKA'),
    status: 'Active',
    body: parsed.body,
    key: parsed.key,
    fingerprint: fingerprintOf(parsed.key),
    // IAM states times to the second in its answers; keep what it would say.
    uploadDate: new Date(Math.floor(deps.clock().getTime() / 1000) * 1000),
  };
  deps.sshPublicKeys.add(key);
  return { SSHPublicKey: described(key) };
};

/** ListSSHPublicKeys: the user's keys (the caller's own without UserName), paged with Marker. */
const listSshPublicKeys: Run = (parameters, caller, deps) => {
  const read = parameterReader(parameters);
  const marker = read.text('Marker', 'marker', { min: 1, max: 320, required: false });
  const maxItemsText = parameters.get('MaxItems');
  const maxItems = maxItemsText === null ? 100 : Number(maxItemsText);
  if (!Number.isInteger(maxItems) || maxItems < 1 || maxItems > 1000)
    read.problems.push(
      `Value '${maxItemsText}' at 'maxItems' failed to satisfy constraint: Member must have value between 1 and 1000`,
    );
  const userName = forUser(read, caller, 'ListSSHPublicKeys', deps, false);
  const keys = deps.sshPublicKeys.listOf(userName);
  const start = marker === undefined ? 0 : keys.findIndex((key) => key.sshPublicKeyId === marker);
  if (start < 0)
    throw new QueryError('ValidationError', `Marker ${marker ?? ''} is not one this call gave.`);
  const page = keys.slice(start, start + maxItems);
  const next = keys[start + maxItems];
  return {
    SSHPublicKeys: page.map(metadataOf),
    IsTruncated: next !== undefined,
    Marker: next?.sshPublicKeyId,
  };
};

/** GetSSHPublicKey: one key, its body in SSH (ssh-rsa …) or PEM encoding. */
const getSshPublicKey: Run = (parameters, caller, deps) => {
  const read = parameterReader(parameters);
  const sshPublicKeyId = read.text('SSHPublicKeyId', 'sSHPublicKeyId', keyIdLimits);
  const encoding = read.oneOf('Encoding', 'encoding', ['SSH', 'PEM'], true);
  const userName = forUser(read, caller, 'GetSSHPublicKey', deps);
  const key = keyOf(deps, userName, sshPublicKeyId ?? '');
  return { SSHPublicKey: described(key, encoding === 'PEM' ? key.key.getPublicPEM() : key.body) };
};

/** UpdateSSHPublicKey: Active or Inactive; an inactive key cannot sign in over SSH. */
const updateSshPublicKey: Run = (parameters, caller, deps) => {
  const read = parameterReader(parameters);
  const sshPublicKeyId = read.text('SSHPublicKeyId', 'sSHPublicKeyId', keyIdLimits);
  const status = read.oneOf('Status', 'status', ['Active', 'Inactive'], true);
  const userName = forUser(read, caller, 'UpdateSSHPublicKey', deps);
  const key = keyOf(deps, userName, sshPublicKeyId ?? '');
  deps.sshPublicKeys.setStatus(key.sshPublicKeyId, status ?? key.status);
  return {};
};

/** DeleteSSHPublicKey: the key stops working at once. */
const deleteSshPublicKey: Run = (parameters, caller, deps) => {
  const read = parameterReader(parameters);
  const sshPublicKeyId = read.text('SSHPublicKeyId', 'sSHPublicKeyId', keyIdLimits);
  const userName = forUser(read, caller, 'DeleteSSHPublicKey', deps);
  deps.sshPublicKeys.remove(keyOf(deps, userName, sshPublicKeyId ?? '').sshPublicKeyId);
  return {};
};

/** IAM's SSH public key actions, by Action name: the slice of IAM that git over SSH needs. */
export const sshPublicKeyOperations: Record<string, Run> = {
  UploadSSHPublicKey: uploadSshPublicKey,
  ListSSHPublicKeys: listSshPublicKeys,
  GetSSHPublicKey: getSshPublicKey,
  UpdateSSHPublicKey: updateSshPublicKey,
  DeleteSSHPublicKey: deleteSshPublicKey,
};
