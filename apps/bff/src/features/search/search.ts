import type { SearchFileResult, SearchResult } from '@cc/shared/search';
import { getBlob } from '../../gateway/code.ts';
import { resolveCommitId } from '../../gateway/commits.ts';
import type { CodeCommit } from '../../gateway/gateway.ts';
import { createMatcher, matchLines } from './matcher.ts';
import { listTreeFiles } from './tree-files.ts';

/** Files a search reads at most; a larger tree is searched in path order up to here. */
export const MAX_SEARCH_FILES = 20_000;
/** Bytes of content a search reads at most: about what the gateway's cache keeps warm. */
export const MAX_SEARCH_BYTES = 96 * 1024 * 1024;
/** Files with matches a result lists; their matching lines, each file and all files. */
export const MAX_RESULT_FILES = 200;
const MAX_LINES_PER_FILE = 20;
const CONTEXT_LINES = 1;
/** Blobs read at once; the gateway's own limit on calls in flight applies below this. */
const READ_AHEAD = 64;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Text of a blob, or undefined for binary content (a NUL early on, or bytes that are not UTF-8). */
function textOf(content: Uint8Array): string | undefined {
  if (content.subarray(0, 8000).includes(0)) return undefined;
  try {
    return decoder.decode(content);
  } catch {
    return undefined;
  }
}

const plural = (count: number, one: string) =>
  `${count.toLocaleString('en-US')} ${one}${count === 1 ? '' : 's'}`;

/**
 * Text or a regular expression across the files of one commit. The file list comes from
 * GetFolder and each content from GetBlob, both cached by id, so a second search of the same
 * commit (any query) costs no CodeCommit call while the cache holds them. Bounded by files and
 * bytes read; `limits` says in words what was left out.
 */
export async function searchCode(
  codeCommit: CodeCommit,
  input: {
    repositoryName: string;
    commitSpecifier?: string;
    query: string;
    regex: boolean;
    caseSensitive: boolean;
    folderPath?: string;
  },
): Promise<SearchResult> {
  const { repositoryName } = input;
  const matcher = createMatcher(input);
  const commitId = await resolveCommitId(codeCommit, repositoryName, input.commitSpecifier);
  const tree = await listTreeFiles(codeCommit, {
    repositoryName,
    commitId,
    folderPath: input.folderPath ?? '',
    limit: MAX_SEARCH_FILES,
  });
  const limits: string[] = [];
  const files = tree.files.slice(0, MAX_SEARCH_FILES);
  if (tree.files.length > MAX_SEARCH_FILES || tree.foldersLeft > 0)
    limits.push(
      `This tree has more than ${plural(MAX_SEARCH_FILES, 'file')}: only the first ${MAX_SEARCH_FILES.toLocaleString('en-US')} in path order were searched. Search a folder to cover the rest.`,
    );
  const results: SearchFileResult[] = [];
  let searchedFiles = 0;
  let bytesRead = 0;
  let stoppedAt: number | undefined;
  for (let start = 0; start < files.length && stoppedAt === undefined; start += READ_AHEAD) {
    const batch = files.slice(start, start + READ_AHEAD);
    const contents = await Promise.all(
      batch.map((file) => getBlob(codeCommit, repositoryName, file.blobId)),
    );
    for (const [index, file] of batch.entries()) {
      const content = contents[index] ?? new Uint8Array();
      bytesRead += content.byteLength;
      const text = textOf(content);
      if (text === undefined) continue;
      searchedFiles += 1;
      const found = matchLines(text, matcher, {
        context: CONTEXT_LINES,
        maxLines: MAX_LINES_PER_FILE,
      });
      if (found.matchCount > 0) results.push({ ...file, ...found });
      if (results.length >= MAX_RESULT_FILES || bytesRead >= MAX_SEARCH_BYTES) {
        stoppedAt = start + index + 1;
        break;
      }
    }
  }
  if (stoppedAt !== undefined && stoppedAt < files.length) {
    const reason =
      results.length >= MAX_RESULT_FILES
        ? `${plural(MAX_RESULT_FILES, 'file')} matched`
        : `${Math.round(MAX_SEARCH_BYTES / 1024 / 1024)} MB of content were read`;
    limits.push(
      `The search stopped after ${plural(stoppedAt, 'file')} of ${files.length.toLocaleString('en-US')}: ${reason}. Narrow the query or search a folder.`,
    );
  }
  return { commitId, files: results, searchedFiles, totalFiles: tree.files.length, limits };
}
