import type { Commit } from '@cc/shared/commits';
import type { FileView, Folder } from '@cc/shared/code';
import type { Difference } from '@cc/shared/differences';
import { folderEntries } from '@cc/shared/folder-entries';
import { html, raw } from 'hono/html';

/**
 * The first paint: a still picture of a view, in the page the BFF sends, shown until the web
 * app has drawn the same view (it removes `#first-paint` then). Every text is escaped by
 * `html`, and nothing in it can be focused or clicked (`inert`): it is to be read, not used.
 * Hidden from assistive technology, which gets the app's own view a moment later.
 */
type Painted = ReturnType<typeof html>;

/** Entries of a folder listing shown at most; the app's own listing shows every one. */
export const MAX_ENTRIES = 500;
/** Changed files of a commit shown at most. */
export const MAX_FILES = 300;

/** The app's dark tokens, for a dark system setting and for a dark choice alike. */
const DARK = `--fp-bg: #0f1419; --fp-text: #e6e9ed; --fp-muted: #9aa5b1; --fp-border: #313c48;
  --fp-surface: #161c23; --fp-link: #6aa8ff; --fp-bar: #0b1017; color-scheme: dark;`;

/**
 * The first paint's own styles, inline: it is drawn before the app's stylesheets arrive (the
 * page links those after it). Its colours are the app's own (apps/web/src/styles/global.css), in
 * the theme chosen in the console, which the page's `<html data-theme>` names, or else in the
 * reader's light or dark setting, so nothing changes colour when the app takes over.
 */
const STYLE = raw(`<style>
.first-paint {
  --fp-bg: #ffffff;
  --fp-text: #1f2328;
  --fp-muted: #59636e;
  --fp-border: #d1d9e0;
  --fp-surface: #f6f8fa;
  --fp-link: #0a5dc2;
  --fp-bar: #232f3e;
  color-scheme: light;
}
@media (prefers-color-scheme: dark) {
  :root:not([data-theme='light']) .first-paint { ${DARK} }
}
:root[data-theme='dark'] .first-paint { ${DARK} }
.first-paint {
  position: fixed;
  inset: 0;
  z-index: 50;
  overflow: auto;
  background: var(--fp-bg);
  color: var(--fp-text);
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
}
.fp-bar {
  display: flex;
  align-items: center;
  box-sizing: border-box;
  height: 48px;
  background: var(--fp-bar);
  color: #ffffff;
  font-weight: 600;
  padding: 0 24px;
}
.fp-header {
  border-bottom: 1px solid var(--fp-border);
  background: var(--fp-surface);
  padding: 1rem 0;
}
.fp-inner {
  max-width: 1280px;
  margin: 0 auto;
  padding: 0 24px;
}
.fp-repository {
  font-size: 1.25rem;
  font-weight: 600;
  color: var(--fp-link);
}
.fp-where,
.fp-meta {
  color: var(--fp-muted);
}
.fp-panel {
  border: 1px solid var(--fp-border);
  border-radius: 6px;
  margin: 0 0 1rem;
  padding: 0;
  list-style: none;
}
.fp-entry,
.fp-commit {
  display: flex;
  gap: 1rem;
  justify-content: space-between;
  padding: 0.5rem 1rem;
  border-top: 1px solid var(--fp-border);
}
.fp-entry:first-child,
.fp-commit:first-child {
  border-top: 0;
}
.fp-code {
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace;
  font-size: 13px;
  line-height: 1.5;
  padding: 0.75rem 1rem;
  overflow: auto;
  white-space: pre;
}
.fp-note,
.fp-file {
  padding: 0.75rem 1rem;
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace;
}
.fp-files {
  padding: 0;
}
</style>`);

function frame(repositoryName: string, where: string, body: Painted): Painted {
  return html`${STYLE}
    <div id="first-paint" class="first-paint" aria-hidden="true" inert>
      <div class="fp-bar">CodeCommit</div>
      <div class="fp-header">
        <div class="fp-inner"><span class="fp-repository">${repositoryName}</span></div>
      </div>
      <div class="fp-inner fp-page">
        <p class="fp-where">${where}</p>
        ${body}
      </div>
    </div>`;
}

export function paintFolder(repositoryName: string, ref: string, folder: Folder): Painted {
  // In the app's order, so nothing moves when the app takes over.
  const entries = folderEntries(folder).map((entry) => {
    const name = entry.relativePath.split('/').pop() ?? '';
    return entry.kind === 'folder' ? `${name}/` : entry.kind === 'submodule' ? `${name}@` : name;
  });
  const where =
    folder.folderPath && folder.folderPath !== '/' ? `${ref} · ${folder.folderPath}` : ref;
  return frame(
    repositoryName,
    where,
    html`<ul class="fp-panel fp-entries">
      ${entries
        .slice(0, MAX_ENTRIES)
        .map(
          (entry) => html`<li class="fp-entry"><span class="fp-entry-name">${entry}</span></li>`,
        )}
    </ul>`,
  );
}

export function paintFile(repositoryName: string, ref: string, file: FileView): Painted {
  const body =
    file.content === undefined || file.isBinary || file.isTooLarge
      ? html`<p class="fp-panel fp-note">
          ${file.isBinary ? 'A binary file.' : 'A file too large to show.'}
        </p>`
      : html`<pre class="fp-panel fp-code">${firstLines(file.content)}</pre>`;
  return frame(repositoryName, `${ref} · ${file.filePath}`, body);
}

/** Lines of a file painted at most: more than a screen holds; the app shows every line. */
export const MAX_LINES = 200;

function firstLines(content: string): string {
  let end = -1;
  for (let line = 0; line < MAX_LINES; line += 1) {
    end = content.indexOf('\n', end + 1);
    if (end < 0) return content;
  }
  return end + 1 < content.length ? `${content.slice(0, end + 1)}…\n` : content;
}

function person(commit: Commit): string {
  return commit.author?.name ?? commit.committer?.name ?? '';
}

const subject = (commit: Commit) => (commit.message ?? '').split('\n')[0] ?? '';

export function paintHistory(
  repositoryName: string,
  ref: string,
  path: string,
  commits: readonly Commit[],
): Painted {
  return frame(
    repositoryName,
    path ? `History of ${path} on ${ref}` : `History of ${ref}`,
    html`<ol class="fp-panel fp-commits">
      ${commits.map(
        (commit) =>
          html`<li class="fp-commit">
            <span class="fp-subject">${subject(commit)}</span
            ><span class="fp-meta">${person(commit)} · ${commit.commitId.slice(0, 7)}</span>
          </li>`,
      )}
    </ol>`,
  );
}

export function paintCommit(
  repositoryName: string,
  commit: Commit,
  differences: readonly Difference[],
): Painted {
  const paths = differences.map(
    (difference) => difference.afterBlob?.path ?? difference.beforeBlob?.path ?? '',
  );
  return frame(
    repositoryName,
    `Commit ${commit.commitId.slice(0, 7)}`,
    html`<h2 class="fp-subject">${subject(commit)}</h2>
      <p class="fp-meta">${person(commit)}</p>
      <ul class="fp-files">
        ${paths.slice(0, MAX_FILES).map((path) => html`<li class="fp-panel fp-file">${path}</li>`)}
      </ul>`,
  );
}
