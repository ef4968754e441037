import type { TagRow } from '../lib/validate-repository.ts';
import './tags-editor.css';

type TagsEditorProps = {
  tags: TagRow[];
  onChange: (tags: TagRow[]) => void;
  problem?: string | undefined;
  legend?: string;
};

/** Key/value rows for repository tags. */
export function TagsEditor({
  tags,
  onChange,
  problem,
  legend = 'Tags (optional)',
}: TagsEditorProps) {
  const set = (index: number, patch: Partial<TagRow>) =>
    onChange(tags.map((tag, at) => (at === index ? { ...tag, ...patch } : tag)));

  return (
    <fieldset className="tags-editor">
      <legend>{legend}</legend>
      {tags.map((tag, index) => (
        <div className="tags-editor-row" key={index}>
          <input
            aria-label={`Tag ${index + 1} key`}
            placeholder="Key"
            value={tag.key}
            onChange={(event) => set(index, { key: event.target.value })}
          />
          <input
            aria-label={`Tag ${index + 1} value`}
            placeholder="Value"
            value={tag.value}
            onChange={(event) => set(index, { value: event.target.value })}
          />
          <button
            type="button"
            className="button button-small"
            aria-label={`Remove tag ${index + 1}`}
            onClick={() => onChange(tags.filter((_, at) => at !== index))}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button-small"
        onClick={() => onChange([...tags, { key: '', value: '' }])}
      >
        Add tag
      </button>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
