import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** One component git accepts in a ref name: not empty, no leading dot, no `.lock` ending. */
const PLAIN_COMPONENT = /^(?!\.)(?!.*\.lock$)[^/]+$/;

/** Parsed `packed-refs` of a repository, kept while the file is unchanged. */
const packed = new Map<string, { stamp: string; refs: Map<string, string> }>();

/**
 * The object id a ref such as `refs/heads/main` holds, read from the files git keeps refs in
 * (the loose ref, else `packed-refs`): no process and no pipe, since every API read names a
 * branch first. Undefined when the ref is absent, symbolic, or not a plain name, so that the
 * caller asks git itself. Git replaces ref files by rename, so a read sees the old or the new
 * value, never half of one.
 *
 * @example
 * const tip = readRef({ gitDir, ref: 'refs/heads/main' });
 */
export const readRef = ({ gitDir, ref }: { gitDir: string; ref: string }): string | undefined => {
  if (!ref.startsWith('refs/') || !ref.split('/').every((part) => PLAIN_COMPONENT.test(part)))
    return undefined;
  const loose = readSmallFile(path.join(gitDir, ref));
  if (loose !== undefined) return /^[0-9a-f]{40}\n?$/.test(loose) ? loose.slice(0, 40) : undefined;
  return packedRefs(gitDir).get(ref);
};

function readSmallFile(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // Absent (or a folder of longer ref names): the ref may be packed.
    return undefined;
  }
}

function packedRefs(gitDir: string): Map<string, string> {
  const file = path.join(gitDir, 'packed-refs');
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return new Map();
  }
  // Git rewrites packed-refs by rename: a new inode, time or size means new content.
  const stamp = `${stat.ino}:${stat.mtimeMs}:${stat.size}`;
  const kept = packed.get(gitDir);
  if (kept?.stamp === stamp) return kept.refs;
  const refs = new Map<string, string>();
  for (const line of (readSmallFile(file) ?? '').split('\n')) {
    const match = /^([0-9a-f]{40}) (refs\/\S+)$/.exec(line);
    if (match) refs.set(match[2]!, match[1]!);
  }
  packed.set(gitDir, { stamp, refs });
  return refs;
}
