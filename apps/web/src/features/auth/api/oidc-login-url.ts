/** Where the browser goes to sign in through the identity provider; it comes back to `returnTo`. */
export const oidcLoginUrl = (returnTo: string) =>
  `/api/session/oidc/login?returnTo=${encodeURIComponent(returnTo)}`;
