import { useEffect, useRef } from 'react';
import { monaco } from '@/components/monaco/monaco.ts';
import './monaco-views.css';

export type DiffSide = 'BEFORE' | 'AFTER';

export type DiffViewProps = {
  path: string;
  original: string;
  modified: string;
  sideBySide: boolean;
  ignoreWhitespace: boolean;
  /** Lines that carry comment threads, per side, marked in the glyph margin. */
  commentedLines: { BEFORE: number[]; AFTER: number[] };
  /** A click on a line number: where a new comment goes. */
  onLineClick?: (side: DiffSide, line: number) => void;
};

const darkScheme = () => window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
let modelCount = 0;

function lineDecorations(lines: number[]): monaco.editor.IModelDeltaDecoration[] {
  return lines.map((line) => ({
    range: new monaco.Range(line, 1, line, 1),
    options: {
      isWholeLine: true,
      glyphMarginClassName: 'diff-comment-glyph',
      glyphMarginHoverMessage: { value: 'Comments on this line' },
    },
  }));
}

/** Monaco's diff editor for one file, read-only; split or unified, whitespace shown or not. */
export function DiffView({
  path,
  original,
  modified,
  sideBySide,
  ignoreWhitespace,
  commentedLines,
  onLineClick,
}: DiffViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneDiffEditor | null>(null);
  const decorationsRef = useRef<{
    BEFORE?: monaco.editor.IEditorDecorationsCollection;
    AFTER?: monaco.editor.IEditorDecorationsCollection;
  }>({});
  const clickRef = useRef(onLineClick);
  useEffect(() => {
    clickRef.current = onLineClick;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    modelCount += 1;
    const uri = (side: string) =>
      monaco.Uri.from({ scheme: 'diff', path: `/${modelCount}/${side}/${path}` });
    const originalModel = monaco.editor.createModel(original, undefined, uri('before'));
    const modifiedModel = monaco.editor.createModel(modified, undefined, uri('after'));
    const editor = monaco.editor.createDiffEditor(container, {
      readOnly: true,
      originalEditable: false,
      automaticLayout: true,
      renderSideBySide: sideBySide,
      useInlineViewWhenSpaceIsLimited: false,
      ignoreTrimWhitespace: ignoreWhitespace,
      theme: darkScheme() ? 'vs-dark' : 'vs',
      minimap: { enabled: false },
      glyphMargin: true,
      scrollBeyondLastLine: false,
      renderOverviewRuler: false,
      fontSize: 13,
      lineNumbersMinChars: 4,
      stickyScroll: { enabled: false },
      hideUnchangedRegions: {
        enabled: true,
        contextLineCount: 4,
        minimumLineCount: 8,
        revealLineCount: 20,
      },
    });
    editor.setModel({ original: originalModel, modified: modifiedModel });
    editorRef.current = editor;
    const sides = {
      BEFORE: editor.getOriginalEditor(),
      AFTER: editor.getModifiedEditor(),
    } as const;
    decorationsRef.current = {
      BEFORE: sides.BEFORE.createDecorationsCollection(),
      AFTER: sides.AFTER.createDecorationsCollection(),
    };

    const fit = () => {
      const content = Math.max(sides.BEFORE.getContentHeight(), sides.AFTER.getContentHeight());
      container.style.height = `${Math.max(140, Math.min(content + 4, window.innerHeight - 160))}px`;
    };
    fit();
    const subscriptions = [
      sides.BEFORE.onDidContentSizeChange(fit),
      sides.AFTER.onDidContentSizeChange(fit),
      ...(['BEFORE', 'AFTER'] as const).map((side) =>
        sides[side].onMouseDown((event) => {
          const { type, position } = event.target;
          const inGutter =
            type === monaco.editor.MouseTargetType.GUTTER_LINE_NUMBERS ||
            type === monaco.editor.MouseTargetType.GUTTER_GLYPH_MARGIN;
          if (inGutter && position) clickRef.current?.(side, position.lineNumber);
        }),
      ),
    ];
    return () => {
      subscriptions.forEach((subscription) => subscription.dispose());
      editor.dispose();
      originalModel.dispose();
      modifiedModel.dispose();
      editorRef.current = null;
    };
    // One editor per file and text; the options below are applied to it in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [path, original, modified]);

  useEffect(() => {
    editorRef.current?.updateOptions({
      renderSideBySide: sideBySide,
      ignoreTrimWhitespace: ignoreWhitespace,
    });
  }, [sideBySide, ignoreWhitespace]);

  useEffect(() => {
    decorationsRef.current.BEFORE?.set(lineDecorations(commentedLines.BEFORE));
    decorationsRef.current.AFTER?.set(lineDecorations(commentedLines.AFTER));
  }, [commentedLines, path, original, modified]);

  return <div ref={containerRef} className="diff-view" data-testid="diff-view" />;
}

export type TextEditorProps = {
  path: string;
  value: string;
  onChange: (value: string) => void;
  ariaLabel: string;
};

/** An editable Monaco editor, for writing a conflicted file's merged text. */
export function TextEditor({ path, value, onChange, ariaLabel }: TextEditorProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const changeRef = useRef(onChange);
  useEffect(() => {
    changeRef.current = onChange;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    modelCount += 1;
    const model = monaco.editor.createModel(
      value,
      undefined,
      monaco.Uri.from({ scheme: 'merge', path: `/${modelCount}/${path}` }),
    );
    const editor = monaco.editor.create(container, {
      model,
      automaticLayout: true,
      ariaLabel,
      theme: darkScheme() ? 'vs-dark' : 'vs',
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
