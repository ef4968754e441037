import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, toApiError } from '@/lib/api-client.ts';
import { decodeText } from './decode-text.ts';

export type GetBlobTextInput = { repositoryName: string; blobId: string; filePath: string };

/** A blob's bytes from the BFF (immutable, cached by id), as text when they are text. */
export async function getBlobText({ repositoryName, blobId, filePath }: GetBlobTextInput) {
  const response = await api.api.repositories[':repositoryName'].blobs[':blobId'].$get({
    param: { repositoryName, blobId },
    query: { filePath },
  });
  if (!response.ok) throw await toApiError(response);
  return decodeText(new Uint8Array(await response.arrayBuffer()));
}

export const getBlobTextQueryOptions = (input: GetBlobTextInput) =>
  queryOptions({
    queryKey: ['repositories', input.repositoryName, 'blob-text', input.blobId],
    queryFn: () => getBlobText(input),
    staleTime: Infinity,
  });

export const useBlobText = (input: GetBlobTextInput, options: { enabled?: boolean } = {}) =>
  useQuery({ ...getBlobTextQueryOptions(input), ...options });
