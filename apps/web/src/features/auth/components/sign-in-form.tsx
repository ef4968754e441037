import { ErrorMessage } from '@/components/error-message.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { useSession } from '../api/get-session.ts';
import { DemoPicker } from './demo-picker.tsx';
import { LocalAccountForm } from './local-account-form.tsx';
import { oidcLoginUrl } from '../api/oidc-login-url.ts';
import './sign-in-form.css';

type SignInFormProps = { redirectTo: string; error?: string | null };

/** The ways in this console offers: the identity provider, a local account, or the demo's picker. */
export function SignInForm({ redirectTo, error }: SignInFormProps) {
  const session = useSession();

  if (session.isPending) return <Skeleton lines={3} label="Loading the ways to sign in" />;
  if (session.isError)
    return <ErrorMessage error={session.error} onRetry={() => void session.refetch()} />;

  const { signIn, user } = session.data;
  return (
    <div className="sign-in-form">
      {error && <ErrorMessage title="Sign-in failed" error={error} />}
      {user && (
        <p className="muted">
          Signed in as <strong>{user.userName}</strong>. Sign in again to switch.
        </p>
      )}
      {signIn.oidc && (
        <a className="button button-primary sign-in-provider" href={oidcLoginUrl(redirectTo)}>
          {signIn.oidc.label}
        </a>
      )}
      {signIn.oidc && signIn.localAccounts && <p className="sign-in-or muted">or</p>}
      {signIn.localAccounts && <LocalAccountForm redirectTo={redirectTo} />}
      {signIn.demoUsers && <DemoPicker users={signIn.demoUsers} redirectTo={redirectTo} />}
    </div>
  );
}
