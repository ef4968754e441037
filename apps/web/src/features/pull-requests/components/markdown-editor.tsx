import { useId, useState } from 'react';
import { LazyMarkdown } from '@/components/markdown/lazy-markdown.tsx';
import './markdown-editor.css';

type MarkdownEditorProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  rows?: number;
  maxLength?: number;
  autoFocus?: boolean;
};

/** A markdown text area with a Write / Preview switch; the preview renders as the page will. */
export function MarkdownEditor({
  label,
  value,
  onChange,
  placeholder,
  rows = 5,
  maxLength,
  autoFocus,
}: MarkdownEditorProps) {
  const [preview, setPreview] = useState(false);
  const id = useId();
  return (
    <div className="markdown-editor">
      <div
        className="markdown-editor-tabs"
        role="tablist"
        aria-label={`${label}: write or preview`}
      >
        <button type="button" role="tab" aria-selected={!preview} onClick={() => setPreview(false)}>
          Write
        </button>
        <button type="button" role="tab" aria-selected={preview} onClick={() => setPreview(true)}>
          Preview
        </button>
        <span className="markdown-editor-hint muted">Markdown</span>
      </div>
      {preview ? (
        <div className="markdown-editor-preview" aria-label={`${label} preview`}>
          {value.trim() ? (
            <LazyMarkdown source={value} />
          ) : (
            <span className="muted">Nothing to preview.</span>
          )}
        </div>
      ) : (
        <>
          <label htmlFor={id} className="visually-hidden">
            {label}
          </label>
          <textarea
            id={id}
            value={value}
            rows={rows}
            maxLength={maxLength}
            placeholder={placeholder}
            autoFocus={autoFocus}
            onChange={(event) => onChange(event.target.value)}
          />
        </>
      )}
    </div>
  );
}
