import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import { stopRevalidating } from '@/lib/api-client.ts';
import { queryClient, setSignedOutHandler } from '@/lib/query-client.ts';
import { paths } from '@/lib/paths.ts';
import { router } from './router.tsx';

// When the server says the session ended, go to sign-in and come back here afterwards.
setSignedOutHandler(() => {
  // The router's own location: without the region's prefix, which the router adds itself.
  const { pathname, search, hash } = router.state.location;
  if (pathname === '/sign-in') return;
  queryClient.clear();
  void router.navigate(paths.signIn(pathname + search + hash), { replace: true });
});

// The page as loaded shows what is there now; later views may reuse what the BFF just saw.
const loadedAt = router.state.location.key;
const unsubscribe = router.subscribe((state) => {
  if (state.location.key === loadedAt) return;
  stopRevalidating();
  unsubscribe();
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
