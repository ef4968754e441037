/** Someone who proved who they are: through the identity provider, a local account or the demo picker. */
export interface Person {
  /** Stable and unique: `oidc:<issuer>#<sub>`, `local:<name>` or `demo:<name>`. */
  id: string;
  /** What the console shows, and the role session name (see `roleSessionName`). */
  name: string;
  email?: string;
  groups?: string[];
  via: 'oidc' | 'local' | 'demo';
}

/**
 * A role session name for the person: STS allows 2-64 characters of `[\w+=,.@-]`, so anything
 * else becomes `-` (as AWS's documents suggest, the name should be recognisable in CloudTrail
 * and in CodeCommit's records).
 */
export function roleSessionName(person: Person): string {
  const cleaned = person.name.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
  return cleaned.length >= 2 ? cleaned : `${cleaned}--`.slice(0, 2);
}
