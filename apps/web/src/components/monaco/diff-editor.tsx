import { useEffect, useRef, useState } from 'react';
import { queueCreation } from './creation-queue.ts';
import { toDiffText } from './diff-text.ts';
import { countChangedLines, unifiedLineOf, type LineChange } from './line-changes.ts';
import { monaco } from './monaco.ts';
import { modelPath, monacoTheme } from './theme.ts';
import { showZones, type LineZone } from './view-zones.ts';
import './diff-editor.css';

export type DiffSide = 'BEFORE' | 'AFTER';
export type { LineZone };

export type DiffEditorProps = {
  /** The file's path: its extension picks the language. */
  path: string;
  original: string;
  modified: string;
  /**
   * The one side that exists, for an added (AFTER) or deleted (BEFORE) file: shown alone, every
   * line marked added or removed, with no empty line standing in for the missing side.
   */
  only?: DiffSide;
  sideBySide: boolean;
  ignoreWhitespace: boolean;
  /** What the diff shows, as a sentence: "Changes to src/app.ts". */
  ariaLabel: string;
  /** Lines to mark in the glyph margin on each side, such as lines with comments. */
  markedLines?: { BEFORE: number[]; AFTER: number[] };
  /** What a marked line means, shown when the pointer rests on its mark. */
  markLabel?: string;
  /** Fall back to the unified view when the editor is too narrow for two sides (the default). */
  inlineWhenNarrow?: boolean;
  /** Grow to the whole diff's height, for a page that scrolls many diffs (default: the window). */
  fitContent?: boolean;
  /** Content under lines of each side, such as comment threads. */
  zones?: { BEFORE: LineZone[]; AFTER: LineZone[] };
  /** A click on a line number or the glyph margin. */
  onLineClick?: (side: DiffSide, line: number) => void;
  /** Lines added and removed, once the diff is computed. */
  onLineCounts?: (counts: { added: number; removed: number }) => void;
};

type Sides = Partial<Record<DiffSide, monaco.editor.ICodeEditor>>;

const marks = (lines: number[], label?: string): monaco.editor.IModelDeltaDecoration[] =>
  lines.map((line) => ({
    range: new monaco.Range(line, 1, line, 1),
    options: {
      isWholeLine: true,
      glyphMarginClassName: 'diff-editor-mark',
      ...(label ? { glyphMarginHoverMessage: { value: label } } : {}),
    },
  }));

const sharedOptions = (
  glyphMargin: boolean,
): monaco.editor.IEditorOptions & monaco.editor.IGlobalEditorOptions => ({
  readOnly: true,
  automaticLayout: true,
  theme: monacoTheme(),
  minimap: { enabled: false },
  glyphMargin,
  scrollBeyondLastLine: false,
  fontSize: 13,
  lineNumbersMinChars: 4,
  stickyScroll: { enabled: false },
  // A page of diffs scrolls on: the wheel moves an editor only while it has more to show.
  scrollbar: { alwaysConsumeMouseWheel: false },
});

/**
 * Each side's accessible name. Verbose mode appends a keyboard hint that reads "use undefined…"
 * when the standalone editor has no accessibility-help binding, and every options update that
 * leaves these out blanks the names: each update passes them again.
 */
const sideNames = (ariaLabel: string) => ({
  accessibilityVerbose: false,
  modifiedAriaLabel: `${ariaLabel}, new version`,
  originalAriaLabel: `${ariaLabel}, old version`,
});

/**
 * Keeps a side's accessible name: the diff editor re-applies its options to both sides on
 * layout changes with only the options that changed, which blanks a name given once.
 */
const keepName = (editor: monaco.editor.ICodeEditor, name: string): monaco.IDisposable =>
  editor.onDidChangeConfiguration((event) => {
    const option = monaco.editor.EditorOption.ariaLabel;
    if (event.hasChanged(option) && editor.getOption(option) !== name)
      editor.updateOptions({ ariaLabel: name });
  });

/** Every line of a lone side marked as added or removed. */
function markWholeFile(editor: monaco.editor.ICodeEditor, side: DiffSide) {
  const lines = editor.getModel()?.getLineCount() ?? 0;
  const added = side === 'AFTER';
  editor.createDecorationsCollection([
    {
      range: new monaco.Range(1, 1, lines, 1),
      options: {
        isWholeLine: true,
        className: added ? 'diff-editor-line-added' : 'diff-editor-line-removed',
        linesDecorationsClassName: added ? 'diff-editor-sign-added' : 'diff-editor-sign-removed',
      },
    },
  ]);
}

/**
 * Monaco's diff editor for one file, read-only: split or unified, whitespace shown or not,
 * unchanged stretches folded away, content (comment threads) under lines. An added or deleted
 * file shows its one side alone. Loaded lazily (see lazy-diff-editor.tsx).
 */
export default function DiffEditor({
  path,
  original,
  modified,
  only,
  sideBySide,
  ignoreWhitespace,
  ariaLabel,
  markedLines,
  markLabel,
  inlineWhenNarrow = true,
  fitContent = false,
  zones,
  onLineClick,
  onLineCounts,
}: DiffEditorProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const diffEditorRef = useRef<monaco.editor.IStandaloneDiffEditor | null>(null);
  const [sides, setSides] = useState<Sides>({});
  const [lineChanges, setLineChanges] = useState<readonly LineChange[]>([]);
  const callbacks = useRef({ onLineClick, onLineCounts });
  useEffect(() => {
    callbacks.current = { onLineClick, onLineCounts };
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let dispose: (() => void) | undefined;
    const cancel = queueCreation(() => {
      const glyphMargin = Boolean(markedLines || onLineClick);
      const models: monaco.editor.ITextModel[] = [];
      const model = (text: string, kind: string) => {
        const created = monaco.editor.createModel(
          toDiffText(text).text,
          undefined,
          monaco.Uri.from({ scheme: 'diff', path: modelPath(path, kind) }),
        );
        models.push(created);
        return created;
      };
      let current: Sides;
      const disposables: monaco.IDisposable[] = [];
      if (only) {
        const editor = monaco.editor.create(container, {
          ...sharedOptions(glyphMargin),
          model: model(
            only === 'AFTER' ? modified : original,
            only === 'AFTER' ? 'after' : 'before',
          ),
          ariaLabel,
          overviewRulerLanes: 0,
          hideCursorInOverviewRuler: true,
        });
        markWholeFile(editor, only);
        disposables.push(editor);
        current = { [only]: editor };
        const lines = editor.getModel()?.getLineCount() ?? 0;
        const empty = (only === 'AFTER' ? modified : original) === '';
        callbacks.current.onLineCounts?.(
          only === 'AFTER'
            ? { added: empty ? 0 : lines, removed: 0 }
            : { added: 0, removed: empty ? 0 : lines },
        );
      } else {
        const editor = monaco.editor.createDiffEditor(container, {
          ...sharedOptions(glyphMargin),
          originalEditable: false,
          renderSideBySide: sideBySide,
          useInlineViewWhenSpaceIsLimited: inlineWhenNarrow,
          ignoreTrimWhitespace: ignoreWhitespace,
          renderOverviewRuler: false,
          hideUnchangedRegions: {
            enabled: true,
            contextLineCount: 3,
            minimumLineCount: 6,
            revealLineCount: 20,
          },
          ...sideNames(ariaLabel),
        });
        editor.setModel({
          original: model(original, 'before'),
          modified: model(modified, 'after'),
        });
        diffEditorRef.current = editor;
        disposables.push(
          editor.onDidUpdateDiff(() => {
            const changes = editor.getLineChanges() ?? [];
            setLineChanges(changes);
            callbacks.current.onLineCounts?.(countChangedLines(changes));
          }),
          editor,
        );
        const [originalEditor, modifiedEditor] = [
          editor.getOriginalEditor(),
          editor.getModifiedEditor(),
        ];
        current = { BEFORE: originalEditor, AFTER: modifiedEditor };
        const names = sideNames(ariaLabel);
        // Given again once built: the names given to the constructor are blanked as it settles.
        editor.updateOptions(names);
        disposables.push(
          keepName(originalEditor, names.originalAriaLabel),
          keepName(modifiedEditor, names.modifiedAriaLabel),
        );
      }
      setSides(current);

      const editors = Object.values(current);
      const fit = () => {
        const content = Math.max(...editors.map((editor) => editor.getContentHeight()));
        const height = fitContent ? content : Math.min(content + 4, window.innerHeight - 160);
        container.style.height = `${Math.max(fitContent ? 20 : 80, height)}px`;
      };
      fit();
      for (const side of ['BEFORE', 'AFTER'] as const) {
        const editor = current[side];
        if (!editor) continue;
        disposables.push(
          editor.onDidContentSizeChange(fit),
          editor.onMouseDown((event) => {
            const { type, position } = event.target;
            const inGutter =
              type === monaco.editor.MouseTargetType.GUTTER_LINE_NUMBERS ||
              type === monaco.editor.MouseTargetType.GUTTER_GLYPH_MARGIN;
            if (inGutter && position) callbacks.current.onLineClick?.(side, position.lineNumber);
          }),
        );
      }
      dispose = () => {
        // The editors go first: they still hold the models.
        disposables.reverse().forEach((disposable) => disposable.dispose());
        models.forEach((disposable) => disposable.dispose());
        diffEditorRef.current = null;
        setSides({});
        setLineChanges([]);
      };
    });
    return () => {
      cancel();
      dispose?.();
    };
    // One editor per file and text; the options below are applied to it in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [path, original, modified, only]);

  useEffect(() => {
    diffEditorRef.current?.updateOptions({
      renderSideBySide: sideBySide,
      ignoreTrimWhitespace: ignoreWhitespace,
      useInlineViewWhenSpaceIsLimited: inlineWhenNarrow,
      ...sideNames(ariaLabel),
    });
  }, [sideBySide, ignoreWhitespace, inlineWhenNarrow, ariaLabel]);

  useEffect(() => {
    const collections = (['BEFORE', 'AFTER'] as const).flatMap((side) => {
      const editor = sides[side];
      return editor
        ? [editor.createDecorationsCollection(marks(markedLines?.[side] ?? [], markLabel))]
        : [];
    });
    return () => collections.forEach((collection) => collection.clear());
  }, [sides, markedLines, markLabel]);

  useEffect(() => {
    if (!zones) return;
    const unified = !only && !sideBySide;
    const removers: (() => void)[] = [];
    const after = sides.AFTER;
    const before = sides.BEFORE;
    if (unified && after) {
      // The unified view is the new version's editor: old lines' threads follow their stretch.
      const moved = zones.BEFORE.map((zone) => ({
        ...zone,
        line: unifiedLineOf(lineChanges, zone.line),
      }));
      removers.push(showZones(after, [...zones.AFTER, ...moved]));
    } else {
      if (after) removers.push(showZones(after, zones.AFTER));
      if (before) removers.push(showZones(before, zones.BEFORE));
    }
    return () => removers.forEach((remove) => remove());
  }, [sides, zones, sideBySide, only, lineChanges]);

  return (
    <div ref={containerRef} className={`diff-editor${fitContent ? ' diff-editor-fit' : ''}`} />
  );
}
