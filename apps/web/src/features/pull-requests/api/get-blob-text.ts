import { useQuery } from '@tanstack/react-query';
import { getBlobTextQueryOptions } from '@/lib/blob-text.ts';
import type { DecodedBlob } from '@/lib/decode-text.ts';

export type BlobText = { text: string; binary: boolean; size: number };

/** The side a change does not have (an added file's before, a deleted file's after). */
const NO_BLOB: DecodedBlob = { isBinary: false, size: 0, text: '' };

const asBlobText = (blob: DecodedBlob): BlobText =>
  blob.isBinary
    ? { text: '', binary: true, size: blob.size }
    : { text: blob.text, binary: false, size: blob.size };

/**
 * A blob's text as a pull request's diff reads it, from the same cache entry the commit views
 * use (one per blob id: blobs never change), or an empty text when the side has no blob.
 */
export const useBlobText = (repositoryName: string, blobId: string | undefined, filePath: string) =>
  useQuery({
    ...getBlobTextQueryOptions({ repositoryName, blobId: blobId ?? '', filePath }),
    ...(blobId ? {} : { queryFn: () => Promise.resolve(NO_BLOB) }),
    select: asBlobText,
  });
