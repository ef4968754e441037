import { paths } from '@/lib/paths.ts';
import type { ChangedFile } from '../../lib/changed-files.ts';
import './image-diff.css';

/** A changed picture: the old one beside the new one, as the browser draws them. */
export function ImageDiff({ repositoryName, file }: { repositoryName: string; file: ChangedFile }) {
  const sides = [
    { label: 'Before', blobId: file.beforeBlobId, path: file.beforePath ?? file.path },
    { label: 'After', blobId: file.afterBlobId, path: file.path },
  ];
  return (
    <div className="image-diff">
      {sides.map(({ label, blobId, path }) => (
        <figure key={label} className={`image-diff-side image-diff-${label.toLowerCase()}`}>
          <figcaption className="muted">{label}</figcaption>
          {blobId ? (
            <img
              src={paths.raw(repositoryName, blobId, path)}
              alt={`${path}, ${label.toLowerCase()} this change`}
              loading="lazy"
            />
          ) : (
            <p className="muted">{label === 'Before' ? 'Added in this change' : 'Deleted'}</p>
          )}
        </figure>
      ))}
    </div>
  );
}
