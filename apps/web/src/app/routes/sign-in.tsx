import { useSearchParams } from 'react-router';
import { SignInForm } from '@/features/auth/components/sign-in-form.tsx';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { safeRedirect } from '@/lib/paths.ts';
import { TopBar } from '../layout/top-bar.tsx';
import { useFirstPaintDone } from '@/lib/first-paint.ts';

export function SignInRoute() {
  useDocumentTitle('Sign in');
  useFirstPaintDone();
  const [searchParams] = useSearchParams();
  return (
    <>
      <TopBar />
      <main id="main" className="page sign-in-page">
        <h1>Sign in</h1>
        <p className="muted">The console calls CodeCommit as you, with your own AWS identity.</p>
        <SignInForm
          redirectTo={safeRedirect(searchParams.get('redirectTo'))}
          error={searchParams.get('error')}
        />
      </main>
    </>
  );
}
