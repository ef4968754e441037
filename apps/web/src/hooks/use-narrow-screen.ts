import { useSyncExternalStore } from 'react';

/** Below this width two sides of a diff are too cramped to read: diffs show unified. */
const NARROW = '(max-width: 800px)';

const query = () => window.matchMedia(NARROW);

const subscribe = (onChange: () => void) => {
  const media = query();
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
};

/** True while the window is 800 pixels wide or less; follows resizing. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, () => query().matches);
}
