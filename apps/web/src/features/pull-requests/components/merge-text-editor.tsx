import { useEffect, useRef } from 'react';
import { monaco } from '@/components/monaco/monaco.ts';
import { modelPath, monacoTheme } from '@/components/monaco/theme.ts';
import './merge-text-editor.css';

export type MergeTextEditorProps = {
  path: string;
  value: string;
  onChange: (value: string) => void;
  ariaLabel: string;
};

/**
 * An editable Monaco editor, for writing a conflicted file's merged text.
 * Loaded lazily (see lazy-merge-text-editor.tsx).
 */
export default function MergeTextEditor({
  path,
  value,
  onChange,
  ariaLabel,
}: MergeTextEditorProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const changeRef = useRef(onChange);
  useEffect(() => {
    changeRef.current = onChange;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const model = monaco.editor.createModel(
      value,
      undefined,
      monaco.Uri.from({ scheme: 'merge', path: modelPath(path, 'merge') }),
    );
    const editor = monaco.editor.create(container, {
      model,
      automaticLayout: true,
      ariaLabel,
      theme: monacoTheme(),
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 13,
      lineNumbersMinChars: 4,
      stickyScroll: { enabled: false },
    });
    editorRef.current = editor;
    const subscription = editor.onDidChangeModelContent(() => changeRef.current(model.getValue()));
    return () => {
      subscription.dispose();
      editor.dispose();
      model.dispose();
      editorRef.current = null;
    };
    // The editor owns the text once created; outside changes arrive through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [path]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model && model.getValue() !== value) model.setValue(value);
  }, [value]);

  return <div ref={containerRef} className="merge-text-editor" data-testid="merge-text-editor" />;
}
