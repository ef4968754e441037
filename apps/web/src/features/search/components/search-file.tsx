import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '@/lib/paths.ts';
import type { SearchResult } from '../api/search-code.ts';

type SearchFileProps = {
  repositoryName: string;
  commitId: string;
  file: SearchResult['files'][number];
};

type Line = SearchFileProps['file']['lines'][number];

/** A line's text with its matches marked; React escapes the text, so nothing in it runs. */
function marked({ text, ranges }: Line): ReactNode[] {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    parts.push(text.slice(at, start), <mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}

/** Runs of consecutive line numbers: each is shown as one hunk. */
function hunks(lines: Line[]): Line[][] {
  const runs: Line[][] = [];
  for (const line of lines) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && last.lineNumber + 1 === line.lineNumber) run.push(line);
    else runs.push([line]);
  }
  return runs;
}

/** One file's matches, with a line of context around each and links to the lines. */
export function SearchFile({ repositoryName, commitId, file }: SearchFileProps) {
  const blob = paths.blob(repositoryName, commitId, file.filePath);
  const shown = file.lines.filter((line) => line.ranges.length > 0).length;
  return (
    <section className="panel search-file" aria-label={file.filePath}>
      <header className="search-file-header">
        <Link to={blob} className="mono">
          {file.filePath}
        </Link>
        <span className="muted">
          {file.matchCount} {file.matchCount === 1 ? 'matching line' : 'matching lines'}
          {shown < file.matchCount ? ` (first ${shown} shown)` : ''}
        </span>
      </header>
      {hunks(file.lines).map((run) => (
        <ol key={run[0]?.lineNumber} className="search-hunk">
          {run.map((line) => (
            <li
              key={line.lineNumber}
              className={line.ranges.length > 0 ? 'search-line search-match' : 'search-line'}
            >
              <Link className="search-line-number" to={`${blob}#L${line.lineNumber}`}>
                {line.lineNumber}
              </Link>
              <code>{marked(line)}</code>
            </li>
          ))}
        </ol>
      ))}
    </section>
  );
}
