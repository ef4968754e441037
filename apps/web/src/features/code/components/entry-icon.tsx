import type { EntryKind } from '@cc/shared/folder-entries';

const shapes: Record<EntryKind, string> = {
  folder:
    'M1.75 2.5h4.1l1.5 1.5h6.9c.41 0 .75.34.75.75v8.5c0 .41-.34.75-.75.75H1.75A.75.75 0 0 1 1 13.25V3.25c0-.41.34-.75.75-.75Z',
  file: 'M3.75 1.5h5.5L13 5.25v9c0 .41-.34.75-.75.75h-8.5a.75.75 0 0 1-.75-.75V2.25c0-.41.34-.75.75-.75Zm5 .75v3.5h3.5',
  symlink:
    'M3.75 1.5h5.5L13 5.25v9c0 .41-.34.75-.75.75h-8.5a.75.75 0 0 1-.75-.75V2.25c0-.41.34-.75.75-.75ZM5.5 11.5 10 7m0 0H6.75M10 7v3.25',
  submodule: 'M2 3.5h12v10H2Zm0 3h12M5 3.5v3',
};

/** A small outline icon for a folder entry; decorative, so hidden from assistive technology. */
export function EntryIcon({ kind }: { kind: EntryKind }) {
  return (
    <svg
      className={`entry-icon entry-icon-${kind}`}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
    >
      <path d={shapes[kind]} />
    </svg>
  );
}
