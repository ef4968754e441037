/**
 * Counts ZIP local file headers (PK\x03\x04) in a stream of chunks, to show how many of an
 * archive's files have arrived. A header may be split across two chunks, so the last three bytes
 * of each chunk are carried into the next.
 */
export function createZipEntryCounter() {
  let carry = new Uint8Array(0);
  let count = 0;
  return (chunk: Uint8Array): number => {
    const bytes = new Uint8Array(carry.length + chunk.length);
    bytes.set(carry);
    bytes.set(chunk, carry.length);
    for (let index = 0; index + 3 < bytes.length; index += 1) {
      if (
        bytes[index] === 0x50 &&
        bytes[index + 1] === 0x4b &&
        bytes[index + 2] === 0x03 &&
        bytes[index + 3] === 0x04
      )
        count += 1;
    }
    carry = bytes.slice(Math.max(0, bytes.length - 3));
    return count;
  };
}

/** The file name from a Content-Disposition header (RFC 6266, filename* first). */
export function dispositionFileName(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1]);
    } catch {
      // Fall through to the plain form.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? fallback;
}
