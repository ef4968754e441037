import { useEffect, useState } from 'react';

/**
 * Whether an element is within `rootMargin` of the viewport: for work worth doing only when
 * someone scrolls to it (a file's diff, the next page of a list). With `once`, true from the
 * first time on. Returns a callback ref: whichever element it is given is observed, also one
 * that mounts later (after a skeleton) or replaces another.
 *
 * @example
 * const [endRef, atEnd] = useInView<HTMLDivElement>({ once: false });
 * return <div ref={endRef} />;
 */
export function useInView<T extends Element>({ rootMargin = '400px', once = true } = {}): [
  ref: (element: T | null) => void,
  inView: boolean,
] {
  const [element, setElement] = useState<T | null>(null);
  const [inView, setInView] = useState(false);
  const settled = once && inView;
  useEffect(() => {
    if (!element || settled) return;
    const observer = new IntersectionObserver(
      ([entry]) => {
        if (entry) setInView(entry.isIntersecting);
      },
      { rootMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, rootMargin, settled]);
  return [setElement, inView];
}
