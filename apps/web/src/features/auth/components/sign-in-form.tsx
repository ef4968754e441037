import { useNavigate } from 'react-router';
import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { useSession } from '../api/get-session.ts';
import { useSignIn } from '../api/sign-in.ts';
import './sign-in-form.css';

type SignInFormProps = { redirectTo: string };

/** One button per user the console knows; choosing one signs in and returns to the page asked for. */
export function SignInForm({ redirectTo }: SignInFormProps) {
  const session = useSession();
  const signIn = useSignIn();
  const navigate = useNavigate();

  if (session.isPending) return <Skeleton lines={3} label="Loading users" />;
  if (session.isError)
    return <ErrorMessage error={session.error} onRetry={() => void session.refetch()} />;

  const { users, user } = session.data;
  const choose = (userName: string) =>
    signIn.mutate(userName, { onSuccess: () => navigate(redirectTo, { replace: true }) });

  return (
    <div className="sign-in-form">
      {user && (
        <p className="muted">
          Signed in as <strong>{user.userName}</strong>. Choose another user to switch.
        </p>
      )}
      {users.length === 0 ? (
        <ErrorMessage
          title="No users"
          error="The console has no users configured. Add users to its configuration file."
        />
      ) : (
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
      )}
      {signIn.isError && <ErrorMessage title="Sign-in failed" error={signIn.error} />}
    </div>
  );
}
