import type { SearchResult } from '@cc/shared/search';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsoleWithHistory, type ConsoleWithHistory } from '../../testing/commit-files.ts';

let setup: ConsoleWithHistory;
let commitId: string;
const repo = '/api/repositories/shop';

async function search(query: Record<string, string>): Promise<SearchResult> {
  const response = await setup.testConsole.as('reader')(
    `${repo}/search?${new URLSearchParams(query)}`,
  );
  expect(response.status).toBe(200);
  return (await response.json()) as SearchResult;
}

beforeAll(async () => {
  setup = await startConsoleWithHistory('shop', [
    {
      files: {
        'README.md': '# Shop\nA small shop.\n',
        'src/cart.ts': 'export function addToCart(item) {\n  return cart.push(item);\n}\n',
        'src/deep/price.ts': 'const price = 42;\nexport const total = price * 2; // Cart total\n',
        'assets/raw.bin': 'cart\u0000cart',
      },
      message: 'Open the shop',
    },
  ]);
  commitId = setup.commits[0] ?? '';
});
afterAll(() => setup.close());

describe('search in a branch', () => {
  it('finds text in every folder, grouped by file, with line numbers and context', async () => {
    const result = await search({ commitSpecifier: 'main', query: 'cart' });
    expect(result.commitId).toBe(commitId);
    expect(result.totalFiles).toBe(4);
    // The binary file is listed in the tree but its content is not searched.
    expect(result.searchedFiles).toBe(3);
    expect(result.limits).toEqual([]);
    expect(result.files.map((file) => file.filePath)).toEqual(['src/cart.ts', 'src/deep/price.ts']);
    const cart = result.files[0];
    expect(cart?.matchCount).toBe(2);
    expect(cart?.lines).toEqual([
      { lineNumber: 1, text: 'export function addToCart(item) {', ranges: [[21, 25]] },
      { lineNumber: 2, text: '  return cart.push(item);', ranges: [[9, 13]] },
      { lineNumber: 3, text: '}', ranges: [] },
    ]);
  });

  it('matches case when asked, and regular expressions in RE2 syntax', async () => {
    const exact = await search({ commitSpecifier: 'main', query: 'Cart', caseSensitive: '1' });
    expect(exact.files.map((file) => file.filePath)).toEqual(['src/cart.ts', 'src/deep/price.ts']);
    expect(exact.files[0]?.lines.find((line) => line.ranges.length)?.lineNumber).toBe(1);
    const regex = await search({
      commitSpecifier: 'main',
      query: '^const \\w+ = \\d+;$',
      regex: '1',
    });
    expect(regex.files).toHaveLength(1);
    expect(regex.files[0]?.lines[0]).toMatchObject({ lineNumber: 1, ranges: [[0, 17]] });
    const inFolder = await search({
      commitSpecifier: 'main',
      query: 'cart',
      folderPath: 'src/deep',
    });
    expect(inFolder.files.map((file) => file.filePath)).toEqual(['src/deep/price.ts']);
  });

  it('reads each commit once: a second search of the same commit makes no CodeCommit call', async () => {
    setup.operations.take();
    const first = await setup.testConsole.as('reader')(
      `${repo}/search?commitSpecifier=${commitId}&query=shop`,
    );
    expect(first.status).toBe(200);
    const again = await setup.testConsole.as('reader')(
      `${repo}/search?commitSpecifier=${commitId}&query=total&regex=1`,
    );
    expect(again.headers.get('x-codecommit-calls')).toBe('0');
    expect(setup.operations.take()).toEqual([]);
    expect(((await again.json()) as SearchResult).files[0]?.filePath).toBe('src/deep/price.ts');
  });

  it('refuses a query RE2 cannot compile, and no query, with a 400 naming the problem', async () => {
    const bad = await setup.testConsole.as('reader')(`${repo}/search?query=(a&regex=1`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/^query: .*missing closing \)/);
    const lookbehind = await setup.testConsole.as('reader')(`${repo}/search?query=(?<=a)b&regex=1`);
    expect(lookbehind.status).toBe(400);
    const empty = await setup.testConsole.as('reader')(`${repo}/search?query=`);
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: string }).error).toMatch(/^query/);
  });
});
