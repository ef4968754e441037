import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError } from '@/lib/api-client.ts';
import { apiUrl } from '@/lib/base-path.ts';

export type BlobText = { text: string; binary: boolean; size: number };

const blobUrl = (repositoryName: string, blobId: string, filePath: string) =>
  apiUrl(
    `api/repositories/${encodeURIComponent(repositoryName)}/blobs/${encodeURIComponent(blobId)}?${new URLSearchParams({ filePath })}`,
  );

/** A blob's text, or `binary` when it holds a NUL byte in its first 8 KB (git's own test). */
export async function getBlobText(
  repositoryName: string,
  blobId: string,
  filePath: string,
): Promise<BlobText> {
  const response = await fetch(blobUrl(repositoryName, blobId, filePath), {
    credentials: 'same-origin',
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: string; code?: string };
    throw new ApiError(
      response.status,
      body.error ?? `${response.status} ${response.statusText}`,
      body.code,
    );
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  const binary = bytes.subarray(0, 8192).includes(0);
  return { text: binary ? '' : new TextDecoder().decode(bytes), binary, size: bytes.byteLength };
}

/** Blobs never change: fetched once per id. */
export const getBlobTextQueryOptions = (
  repositoryName: string,
  blobId: string | undefined,
  filePath: string,
) =>
  queryOptions({
    queryKey: ['repositories', repositoryName, 'blob-text', blobId ?? ''],
    queryFn: () =>
      blobId
        ? getBlobText(repositoryName, blobId, filePath)
        : Promise.resolve<BlobText>({ text: '', binary: false, size: 0 }),
    staleTime: Infinity,
  });

export const useBlobText = (repositoryName: string, blobId: string | undefined, filePath: string) =>
  useQuery(getBlobTextQueryOptions(repositoryName, blobId, filePath));
