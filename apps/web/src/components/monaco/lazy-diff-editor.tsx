import { lazy, Suspense } from 'react';
import { Skeleton } from '../skeleton.tsx';
import type { DiffEditorProps } from './diff-editor.tsx';

const DiffEditor = lazy(() => import('./diff-editor.tsx'));

/** The diff editor, fetched with Monaco the first time a view shows a diff. */
export function LazyDiffEditor(props: DiffEditorProps) {
  return (
    <Suspense fallback={<Skeleton lines={8} label="Loading the diff" />}>
      <DiffEditor {...props} />
    </Suspense>
  );
}
