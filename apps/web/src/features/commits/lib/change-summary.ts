type Blob = { path?: string | undefined; blobId?: string | undefined } | undefined;
type DifferenceLike = { beforeBlob?: Blob; afterBlob?: Blob; changeType?: string | undefined };

export type ChangeKind = 'added' | 'deleted' | 'modified' | 'renamed';

/** How a file changed, and the path to show for it. */
export function describeChange(difference: DifferenceLike): {
  kind: ChangeKind;
  path: string;
  previousPath?: string;
} {
  const before = difference.beforeBlob?.path;
  const after = difference.afterBlob?.path;
  if (difference.changeType === 'A' || !before) return { kind: 'added', path: after ?? '' };
  if (difference.changeType === 'D' || !after) return { kind: 'deleted', path: before };
  if (before !== after) return { kind: 'renamed', path: after, previousPath: before };
  return { kind: 'modified', path: after };
}
