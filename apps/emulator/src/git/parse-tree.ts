import type { TreeEntry } from './tree-entry.ts';

/**
 * Parses a raw tree object: repeated `<octal mode> <name>\0<20-byte id>`.
 *
 * @example
 * const entries = parseTree({ content: object.content });
 */
export const parseTree = ({ content }: { content: Buffer }): TreeEntry[] => {
  const entries: TreeEntry[] = [];
  let offset = 0;
  while (offset < content.length) {
    const space = content.indexOf(32, offset);
    const nul = content.indexOf(0, space + 1);
    if (space < 0 || nul < 0 || nul + 21 > content.length)
      throw new Error('parseTree: truncated tree object');
    entries.push({
      mode: content.subarray(offset, space).toString(),
      name: content.subarray(space + 1, nul).toString(),
      oid: content.subarray(nul + 1, nul + 21).toString('hex'),
    });
    offset = nul + 21;
  }
  return entries;
};
