import { useEffect, useRef } from 'react';
import { monaco } from './monaco.ts';
import { modelPath, monacoTheme } from './theme.ts';
import './diff-editor.css';

export type DiffSide = 'BEFORE' | 'AFTER';

export type DiffEditorProps = {
  /** The file's path: its extension picks the language. */
  path: string;
  original: string;
  modified: string;
  sideBySide: boolean;
  ignoreWhitespace: boolean;
  ariaLabel: string;
  /** Lines to mark in the glyph margin on each side, such as lines with comments. */
  markedLines?: { BEFORE: number[]; AFTER: number[] };
  /** What a marked line means, shown when the pointer rests on its mark. */
  markLabel?: string;
  /** Fall back to the unified view when the editor is too narrow for two sides (the default). */
  inlineWhenNarrow?: boolean;
  /** A click on a line number or the glyph margin. */
  onLineClick?: (side: DiffSide, line: number) => void;
};

const marks = (lines: number[], label?: string): monaco.editor.IModelDeltaDecoration[] =>
  lines.map((line) => ({
    range: new monaco.Range(line, 1, line, 1),
    options: {
      isWholeLine: true,
      glyphMarginClassName: 'diff-editor-mark',
      ...(label ? { glyphMarginHoverMessage: { value: label } } : {}),
    },
  }));

/**
 * Monaco's diff editor for one file, read-only: split or unified, whitespace shown or not,
 * unchanged stretches folded away. Grows with its content up to the window's height.
 * Loaded lazily (see lazy-diff-editor.tsx).
 */
export default function DiffEditor({
  path,
  original,
  modified,
  sideBySide,
  ignoreWhitespace,
  ariaLabel,
  markedLines,
  markLabel,
  inlineWhenNarrow = true,
  onLineClick,
}: DiffEditorProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneDiffEditor | null>(null);
  const decorationsRef = useRef<
    Partial<Record<DiffSide, monaco.editor.IEditorDecorationsCollection>>
  >({});
  const clickRef = useRef(onLineClick);
  useEffect(() => {
    clickRef.current = onLineClick;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const originalModel = monaco.editor.createModel(
      original,
      undefined,
      monaco.Uri.from({ scheme: 'diff', path: modelPath(path, 'before') }),
    );
    const modifiedModel = monaco.editor.createModel(
      modified,
      undefined,
      monaco.Uri.from({ scheme: 'diff', path: modelPath(path, 'after') }),
    );
    const editor = monaco.editor.createDiffEditor(container, {
      readOnly: true,
      originalEditable: false,
      automaticLayout: true,
      renderSideBySide: sideBySide,
      useInlineViewWhenSpaceIsLimited: inlineWhenNarrow,
      ignoreTrimWhitespace: ignoreWhitespace,
      theme: monacoTheme(),
      minimap: { enabled: false },
      glyphMargin: Boolean(markedLines || onLineClick),
      scrollBeyondLastLine: false,
      renderOverviewRuler: false,
      fontSize: 13,
      lineNumbersMinChars: 4,
      stickyScroll: { enabled: false },
      hideUnchangedRegions: {
        enabled: true,
        contextLineCount: 3,
        minimumLineCount: 6,
        revealLineCount: 20,
      },
      accessibilityVerbose: true,
    });
    editor.setModel({ original: originalModel, modified: modifiedModel });
    editor.getModifiedEditor().updateOptions({ ariaLabel });
    editor.getOriginalEditor().updateOptions({ ariaLabel: `${ariaLabel}, before` });
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
      container.style.height = `${Math.max(80, Math.min(content + 4, window.innerHeight - 160))}px`;
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
      useInlineViewWhenSpaceIsLimited: inlineWhenNarrow,
    });
  }, [sideBySide, ignoreWhitespace, inlineWhenNarrow]);

  useEffect(() => {
    decorationsRef.current.BEFORE?.set(marks(markedLines?.BEFORE ?? [], markLabel));
    decorationsRef.current.AFTER?.set(marks(markedLines?.AFTER ?? [], markLabel));
  }, [markedLines, markLabel, path, original, modified]);

  return <div ref={containerRef} className="diff-editor" />;
}
