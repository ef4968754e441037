/** Text as git sees it: a NUL byte in the first 8,000 bytes means binary. */
export type DecodedBlob =
  { isBinary: true; size: number } | { isBinary: false; size: number; text: string };

export function decodeText(bytes: Uint8Array): DecodedBlob {
  if (bytes.subarray(0, 8000).includes(0)) return { isBinary: true, size: bytes.length };
  return { isBinary: false, size: bytes.length, text: new TextDecoder().decode(bytes) };
}
