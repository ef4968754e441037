import { z } from 'zod';

export const signInSchema = z.object({
  userName: z
    .string()
    .min(1, 'userName is required')
    .max(128, 'userName is at most 128 characters'),
});
export type SignInInput = z.infer<typeof signInSchema>;

export interface SessionUser {
  userName: string;
}

/** A console user the sign-in page offers. */
export interface ConsoleUserSummary {
  userName: string;
  description?: string;
}

export interface SessionResponse {
  user: SessionUser | null;
  users: ConsoleUserSummary[];
}
