import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * True once the element has come within `rootMargin` of the viewport, and from then on: for work
 * worth doing only when someone scrolls to it (a file's diff, the next page of a list).
 */
export function useInView(
  ref: RefObject<Element | null>,
  { rootMargin = '400px', once = true } = {},
): boolean {
  const [inView, setInView] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || (once && inView)) return;
    const observer = new IntersectionObserver(
      ([entry]) => {
        if (entry) setInView(entry.isIntersecting || (once && inView));
      },
      { rootMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, rootMargin, once, inView]);
  return inView;
}
