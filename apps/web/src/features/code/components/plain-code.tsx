import './plain-code.css';

type PlainCodeProps = {
  value: string;
  ariaLabel: string;
};

/**
 * A file's text as plain, inert text with line numbers: shown at once while Monaco loads, so
 * reading never waits for the editor. React escapes the text; nothing in it runs.
 */
export function PlainCode({ value, ariaLabel }: PlainCodeProps) {
  const lines = value.endsWith('\n') ? value.slice(0, -1).split('\n') : value.split('\n');
  const numbers = lines.map((_, index) => index + 1).join('\n');
  return (
    <div className="plain-code" role="region" aria-label={ariaLabel} aria-busy="true">
      <pre className="plain-code-numbers" aria-hidden="true">
        {numbers}
      </pre>
      <pre className="plain-code-text">
        <code>{lines.join('\n')}</code>
      </pre>
    </div>
  );
}
