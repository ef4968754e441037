import { lazy, Suspense } from 'react';
import { Skeleton } from '../skeleton.tsx';
import type { MarkdownProps } from './markdown.tsx';

const Markdown = lazy(() => import('./markdown.tsx'));

/** Markdown, with its parser fetched the first time something is rendered. */
export function LazyMarkdown(props: MarkdownProps) {
  return (
    <Suspense fallback={<Skeleton lines={4} label="Rendering" />}>
      <Markdown {...props} />
    </Suspense>
  );
}
