import { lazy, Suspense } from 'react';
import { Skeleton } from '@/components/skeleton.tsx';
import type { CodeEditorProps } from './code-editor.tsx';

const CodeEditor = lazy(() => import('./code-editor.tsx'));

/** The code editor, fetched with Monaco the first time a view shows code. */
export function LazyCodeEditor(props: CodeEditorProps) {
  return (
    <Suspense fallback={<Skeleton lines={12} label="Loading the editor" />}>
      <CodeEditor {...props} />
    </Suspense>
  );
}
