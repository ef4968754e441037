import type { Caller } from '../identity/actor.ts';
import type { AwsIdentity } from '../identity/aws-identity.ts';
import type { Person } from '../sign-in/person.ts';

/** What the BFF keeps about one sign-in. The browser holds only the (signed) session id. */
export interface SessionRecord {
  person: Person;
  identity: AwsIdentity;
  /** Who STS said the identity is at sign-in. */
  caller: Caller;
  /** Milliseconds since the epoch. */
  expiresAt: number;
  /** Tokens from the identity provider, for AssumeRoleWithWebIdentity and its sign-out. */
  oidc?: { idToken: string; idTokenExpiresAt: number; refreshToken?: string };
}

/**
 * Where sessions live. Sign-out deletes the record, so a copy of the cookie is worth nothing
 * afterwards. Several instances behind one address need a shared store.
 */
export interface SessionStore {
  get(id: string): Promise<SessionRecord | undefined>;
  set(id: string, record: SessionRecord): Promise<void>;
  delete(id: string): Promise<void>;
}

/** Sessions in this process's memory, dropped when they expire or the process ends. */
export function memorySessionStore(now: () => number = Date.now): SessionStore {
  const sessions = new Map<string, SessionRecord>();
  const sweep = () => {
    const time = now();
    for (const [id, record] of sessions) if (record.expiresAt <= time) sessions.delete(id);
  };
  return {
    get: async (id) => {
      const record = sessions.get(id);
      if (record && record.expiresAt <= now()) {
        sessions.delete(id);
        return undefined;
      }
      return record;
    },
    set: async (id, record) => {
      if (sessions.size > 10_000) sweep();
      sessions.set(id, record);
    },
    delete: async (id) => {
      sessions.delete(id);
    },
  };
}
