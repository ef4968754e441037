import { useLayoutEffect } from 'react';

/**
 * Removes the BFF's first paint (`#first-paint`, a still picture of the view sent with the page)
 * once `drawn` says the app shows the view itself, or something in its place. A layout effect:
 * the picture goes in the same frame as the view arrives, so the two are never seen together.
 */
export function useFirstPaintDone(drawn = true): void {
  useLayoutEffect(() => {
    if (drawn) document.getElementById('first-paint')?.remove();
  }, [drawn]);
}
