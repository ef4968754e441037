import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorMessage } from '@/components/error-message.tsx';
import { useSignInLocal } from '../api/sign-in-local.ts';

/** User name and password of a local account. The password field keeps nothing after a failure. */
export function LocalAccountForm({ redirectTo }: { redirectTo: string }) {
  const signIn = useSignInLocal();
  const navigate = useNavigate();
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  return (
    <form
      className="sign-in-local"
      aria-label="Sign in with a console account"
      onSubmit={(event) => {
        event.preventDefault();
        signIn.mutate(
          { userName, password },
          {
            onSuccess: () => navigate(redirectTo, { replace: true }),
            onError: () => setPassword(''),
          },
        );
      }}
    >
      <div className="field">
        <label htmlFor="sign-in-user-name">User name</label>
        <input
          id="sign-in-user-name"
          autoComplete="username"
          required
          maxLength={64}
          value={userName}
          onChange={(event) => setUserName(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="sign-in-password">Password</label>
        <input
          id="sign-in-password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={1024}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={signIn.isPending}>
        {signIn.isPending ? 'Signing in…' : 'Sign in'}
      </button>
      {signIn.isError && <ErrorMessage title="Sign-in failed" error={signIn.error} />}
    </form>
  );
}
