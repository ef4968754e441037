import { apiUrl } from '@/lib/base-path.ts';

/** Where the browser goes to sign in through the identity provider; it comes back to `returnTo`. */
export const oidcLoginUrl = (returnTo: string) =>
  apiUrl(`api/session/oidc/login?returnTo=${encodeURIComponent(returnTo)}`);
