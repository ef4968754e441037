import type { FileView } from '@cc/shared/code';
import type { FileWithContent } from '../../gateway/code.ts';

/** Git's own test: a NUL byte in the first 8000 bytes means binary. Invalid UTF-8 counts too. */
export function isBinaryContent(content: Uint8Array): boolean {
  if (content.subarray(0, 8000).includes(0)) return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
    return false;
  } catch {
    return true;
  }
}

export function toFileView({ metadata, content }: FileWithContent): FileView {
  if (content === undefined) return { ...metadata, isBinary: false, isTooLarge: true };
  const isBinary = isBinaryContent(content);
  return {
    ...metadata,
    isBinary,
    isTooLarge: false,
    ...(isBinary ? {} : { content: new TextDecoder('utf-8').decode(content) }),
  };
}

const imageTypes: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  bmp: 'image/bmp',
  ico: 'image/x-icon',
  svg: 'image/svg+xml',
};

/**
 * The Content-Type for raw file bytes: images by their extension (so `<img>` shows them), text
 * as text/plain, everything else as bytes. Never HTML or script types: what users commit must
 * stay inert when opened from the console's own origin.
 */
export function rawContentType(filePath: string | undefined, content: Uint8Array): string {
  const extension = filePath?.split('/').pop()?.split('.').pop()?.toLowerCase();
  const image = extension ? imageTypes[extension] : undefined;
  if (image) return image;
  return isBinaryContent(content) ? 'application/octet-stream' : 'text/plain; charset=utf-8';
}

/** A Content-Disposition header value that survives any file name. */
export function contentDisposition(
  type: 'inline' | 'attachment',
  filePath: string | undefined,
): string {
  const fileName = filePath?.split('/').pop() || 'file';
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
