import { useEffect, useRef } from 'react';
import { EditorEchoes } from '../lib/editor-echoes.ts';
import type { LineRange } from '../lib/line-range.ts';
import { lineRangeFromSelection } from '../lib/line-range.ts';
import { monaco } from '@/components/monaco/monaco.ts';
import { modelPath, monacoTheme } from '@/components/monaco/theme.ts';
import './code-editor.css';

export type CodeEditorProps = {
  /** The file's path: its extension picks the language. */
  path: string;
  value: string;
  readOnly?: boolean;
  lineRange?: LineRange | null;
  onLineRangeChange?: (range: LineRange) => void;
  onChange?: (value: string) => void;
  ariaLabel: string;
};

/** Monaco showing (or editing) one file. Loaded lazily: see lazy-code-editor.tsx. */
export default function CodeEditor({
  path,
  value,
  readOnly = true,
  lineRange,
  onLineRangeChange,
  onChange,
  ariaLabel,
}: CodeEditorProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const decorationsRef = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const callbacks = useRef({ onLineRangeChange, onChange });
  // Texts the editor reported that have not come back as `value` yet: those are echoes, not changes.
  const echoesRef = useRef(new EditorEchoes());
  useEffect(() => {
    callbacks.current = { onLineRangeChange, onChange };
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const model = monaco.editor.createModel(
      value,
      undefined,
      monaco.Uri.from({ scheme: 'file', path: modelPath(path) }),
    );
    const editor = monaco.editor.create(container, {
      model,
      readOnly,
      automaticLayout: true,
      ariaLabel,
      theme: monacoTheme(),
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      renderLineHighlight: readOnly ? 'none' : 'line',
      fontSize: 13,
      lineNumbersMinChars: 4,
      stickyScroll: { enabled: false },
      unicodeHighlight: { ambiguousCharacters: true, invisibleCharacters: true },
      tabFocusMode: readOnly,
      // Plain editing: Enter always means a new line, never "accept this guess".
      quickSuggestions: false,
      wordBasedSuggestions: 'off',
      suggestOnTriggerCharacters: false,
      acceptSuggestionOnEnter: 'off',
    });
    editorRef.current = editor;
    echoesRef.current = new EditorEchoes();
    decorationsRef.current = editor.createDecorationsCollection();

    // Grow with the content up to the window's height, then scroll inside.
    const fit = () => {
      const height = Math.max(
        120,
        Math.min(editor.getContentHeight() + 2, window.innerHeight - 180),
      );
      container.style.height = `${height}px`;
    };
    fit();
    const subscriptions = [
      editor.onDidContentSizeChange(fit),
      editor.onDidChangeCursorSelection((event) => {
        if (event.source === 'api' || event.selection.isEmpty()) return;
        callbacks.current.onLineRangeChange?.(lineRangeFromSelection(event.selection));
      }),
      editor.onDidChangeModelContent((event) => {
        // A text set from outside (below) is no news to the one who set it.
        if (event.isFlush) return;
        const text = model.getValue();
        echoesRef.current.reported(text);
        callbacks.current.onChange?.(text);
      }),
    ];
    return () => {
      subscriptions.forEach((subscription) => subscription.dispose());
      editor.dispose();
      model.dispose();
      editorRef.current = null;
    };
    // The editor is created once per file; value changes below are applied to its model.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [path, readOnly]);

  // Only a change from outside replaces the text: echoes of typing arrive late and would undo keys.
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model || !echoesRef.current.isFromOutside(value)) return;
    if (model.getValue() !== value) model.setValue(value);
  }, [value]);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    if (!lineRange) {
      decorationsRef.current?.clear();
      return;
    }
    const range = new monaco.Range(lineRange.start, 1, lineRange.end, 1);
    decorationsRef.current?.set([
      {
        range,
        options: {
          isWholeLine: true,
          className: 'code-line-selected',
          linesDecorationsClassName: 'code-line-selected-gutter',
        },
      },
    ]);
    editor.revealLinesInCenterIfOutsideViewport(lineRange.start, lineRange.end);
  }, [lineRange, path]);

  return <div ref={containerRef} className="code-editor" />;
}
