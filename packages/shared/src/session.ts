import { z } from 'zod';

/** The demo's name picker: only a console on a loopback address offers it. */
export const signInSchema = z.object({
  userName: z
    .string()
    .min(1, 'userName is required')
    .max(128, 'userName is at most 128 characters'),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** A local account's sign-in. */
export const localSignInSchema = z.object({
  userName: z.string().min(1, 'userName is required').max(64, 'userName is at most 64 characters'),
  password: z
    .string()
    .min(1, 'password is required')
    .max(1024, 'password is at most 1024 characters'),
});
export type LocalSignInInput = z.infer<typeof localSignInSchema>;

export interface SessionUser {
  /** The person's name, as the console shows it. */
  userName: string;
  /** The ARN AWS records for what this person does (STS GetCallerIdentity). */
  arn: string;
  accountId: string;
  region: string;
  via: 'oidc' | 'local' | 'demo';
}

/** A console user the demo's sign-in page offers. */
export interface ConsoleUserSummary {
  userName: string;
  description?: string;
}

/** The ways in this console offers. */
export interface SignInOptions {
  /** The demo's name picker (a local console only). */
  demoUsers?: ConsoleUserSummary[];
  /** Sign-in through the team's identity provider, with the button's words. */
  oidc?: { label: string };
  localAccounts?: boolean;
}

export interface SessionResponse {
  user: SessionUser | null;
  signIn: SignInOptions;
  /**
   * The regions a signed-in person may switch between, the person's own first; absent when the
   * console serves only that one (CODECOMMIT_REGIONS).
   */
  regions?: string[];
}

/** Names the region a request is for, when not the person's own (repositories are regional). */
export const REGION_HEADER = 'X-CodeCommit-Region';

export interface SignOutResponse {
  user: null;
  /** The identity provider's sign-out page, to end its session too. */
  endSessionUrl?: string;
}
