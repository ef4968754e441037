import { useSearchParams } from 'react-router';
import { useNarrowScreen } from '@/hooks/use-narrow-screen.ts';
import { useUpdateSearchParams } from '@/hooks/use-update-search-params.ts';

export type DiffSettings = { sideBySide: boolean; ignoreWhitespace: boolean };

/**
 * Split or unified, whitespace shown or hidden: kept in the URL so a link shows the same diff.
 * A narrow window (800 pixels or less) shows split diffs unified.
 */
export function useDiffSettings(): DiffSettings {
  const [searchParams] = useSearchParams();
  const narrow = useNarrowScreen();
  return {
    sideBySide: searchParams.get('view') !== 'unified' && !narrow,
    ignoreWhitespace: searchParams.get('whitespace') === 'hide',
  };
}

export function DiffOptions() {
  const { sideBySide, ignoreWhitespace } = useDiffSettings();
  const narrow = useNarrowScreen();
  const update = useUpdateSearchParams();
  return (
    <div className="diff-options" role="group" aria-label="Diff options">
      <div className="segmented" role="radiogroup" aria-label="Layout">
        <button
          type="button"
          role="radio"
          aria-checked={sideBySide}
          className="button button-small"
          disabled={narrow}
          title={narrow ? 'The window is too narrow for two sides' : undefined}
          onClick={() => update('view', null)}
        >
          Split
        </button>
        <button
          type="button"
          role="radio"
          aria-checked={!sideBySide}
          className="button button-small"
          onClick={() => update('view', 'unified')}
        >
          Unified
        </button>
      </div>
      <label className="diff-option-check">
        <input
          type="checkbox"
          checked={ignoreWhitespace}
          onChange={(event) => update('whitespace', event.target.checked ? 'hide' : null)}
        />
        Hide whitespace changes
      </label>
    </div>
  );
}
