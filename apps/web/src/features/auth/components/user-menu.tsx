import { useNavigate } from 'react-router';
import { paths } from '@/lib/paths.ts';
import { useSession } from '../api/get-session.ts';
import { useSignOut } from '../api/sign-out.ts';

/** The signed-in user's name and a way out, for the top bar. */
export function UserMenu() {
  const session = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const user = session.data?.user;
  if (!user) return null;

  return (
    <div className="user-menu">
      <span className="user-menu-name" title={user.arn}>
        <span className="visually-hidden">Signed in as </span>
        <strong>{user.userName}</strong>
      </span>
      <button
        type="button"
        className="button button-small"
        disabled={signOut.isPending}
        onClick={() =>
          signOut.mutate(undefined, {
            onSuccess: ({ endSessionUrl }) => {
              // End the identity provider's session too, where it offers that; it comes back to sign-in.
              if (endSessionUrl) window.location.assign(endSessionUrl);
              else void navigate(paths.signIn());
            },
          })
        }
      >
        Sign out
      </button>
    </div>
  );
}
