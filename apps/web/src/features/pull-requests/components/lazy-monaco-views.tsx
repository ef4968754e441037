import { lazy, Suspense } from 'react';
import { Skeleton } from '@/components/skeleton.tsx';
import type { DiffViewProps, TextEditorProps } from './monaco-views.tsx';

// Monaco is fetched only when a view first shows a diff or a merge editor.
const DiffViewComponent = lazy(() =>
  import('./monaco-views.tsx').then((module) => ({ default: module.DiffView })),
);
const TextEditorComponent = lazy(() =>
  import('./monaco-views.tsx').then((module) => ({ default: module.TextEditor })),
);

export function LazyDiffView(props: DiffViewProps) {
  return (
    <Suspense fallback={<Skeleton lines={10} label="Loading the diff editor" />}>
      <DiffViewComponent {...props} />
    </Suspense>
  );
}

export function LazyTextEditor(props: TextEditorProps) {
  return (
    <Suspense fallback={<Skeleton lines={10} label="Loading the editor" />}>
      <TextEditorComponent {...props} />
    </Suspense>
  );
}
