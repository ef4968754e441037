import type { ConsoleUserSummary } from '@cc/shared/session';
import { useNavigate } from 'react-router';
import { ErrorMessage } from '@/components/error-message.tsx';
import { useSignIn } from '../api/sign-in.ts';

/**
 * The embedded demo's way in: pick a name, no password. The BFF offers it only on a loopback
 * address, and the page says so plainly.
 */
export function DemoPicker({
  users,
  redirectTo,
}: {
  users: ConsoleUserSummary[];
  redirectTo: string;
}) {
  const signIn = useSignIn();
  const navigate = useNavigate();
  const choose = (userName: string) =>
    signIn.mutate(userName, { onSuccess: () => navigate(redirectTo, { replace: true }) });
  return (
    <>
      <p className="notice" role="note">
        <strong>Demo sign-in.</strong> Anyone who can open this page may pick any user, with no
        password, so it only runs on this machine. A team signs in through its identity provider or
        with console accounts.
      </p>
      <ul className="sign-in-users" aria-label="Users">
        {users.map(({ userName, description }) => (
          <li key={userName}>
            <button
              type="button"
              className="button sign-in-user"
              disabled={signIn.isPending}
              onClick={() => choose(userName)}
              aria-describedby={description ? `user-${userName}-description` : undefined}
            >
              {userName}
            </button>
            {description && (
              <span id={`user-${userName}-description`} className="muted">
                {description}
              </span>
            )}
          </li>
        ))}
      </ul>
      {signIn.isError && <ErrorMessage title="Sign-in failed" error={signIn.error} />}
    </>
  );
}
