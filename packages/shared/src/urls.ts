/** Addresses the browser opens directly (not through the typed client): raw files and ZIP downloads. */

const repositoryPath = (repositoryName: string) =>
  `/api/repositories/${encodeURIComponent(repositoryName)}`;

/** Raw bytes of a blob; `filePath` picks the Content-Type (images show inline) and the download name. */
export function blobUrl(
  repositoryName: string,
  blobId: string,
  options: { filePath?: string; download?: boolean } = {},
): string {
  const query = new URLSearchParams();
  if (options.filePath) query.set('filePath', options.filePath);
  if (options.download) query.set('download', '1');
  const search = query.toString();
  return `${repositoryPath(repositoryName)}/blobs/${blobId}${search ? `?${search}` : ''}`;
}

/** A ZIP of a ref, or of one folder in it. */
export function archiveUrl(
  repositoryName: string,
  options: { commitSpecifier?: string; folderPath?: string } = {},
): string {
  const query = new URLSearchParams();
  if (options.commitSpecifier) query.set('commitSpecifier', options.commitSpecifier);
  if (options.folderPath) query.set('folderPath', options.folderPath);
  const search = query.toString();
  return `${repositoryPath(repositoryName)}/archive${search ? `?${search}` : ''}`;
}
