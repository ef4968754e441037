import { lazy, Suspense } from 'react';
import type { CodeEditorProps } from './code-editor.tsx';
import { PlainCode } from './plain-code.tsx';

const CodeEditor = lazy(() => import('./code-editor.tsx'));

/**
 * The code editor, fetched with Monaco the first time a view shows code. Until it is ready the
 * text shows as plain text, so a first visit reads the file without waiting for Monaco.
 */
export function LazyCodeEditor(props: CodeEditorProps) {
  return (
    <Suspense fallback={<PlainCode value={props.value} ariaLabel={props.ariaLabel} />}>
      <CodeEditor {...props} />
    </Suspense>
  );
}
