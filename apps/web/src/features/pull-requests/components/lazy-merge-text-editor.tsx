import { lazy, Suspense } from 'react';
import { Skeleton } from '@/components/skeleton.tsx';
import type { MergeTextEditorProps } from './merge-text-editor.tsx';

const MergeTextEditor = lazy(() => import('./merge-text-editor.tsx'));

/** The merge editor, fetched with Monaco the first time a conflict is resolved by hand. */
export function LazyMergeTextEditor(props: MergeTextEditorProps) {
  return (
    <Suspense fallback={<Skeleton lines={10} label="Loading the editor" />}>
      <MergeTextEditor {...props} />
    </Suspense>
  );
}
