/**
 * Which changed files the diff stream folds away or shows as pictures. Generated and lock files
 * are collapsed by default, as GitHub's linguist-generated files are: they are rarely reviewed
 * line by line and their diffs are long.
 */
const generatedNames = new Set([
  'package-lock.json',
  'pnpm-lock.yaml',
  'yarn.lock',
  'npm-shrinkwrap.json',
  'bun.lockb',
  'Cargo.lock',
  'Gemfile.lock',
  'composer.lock',
  'poetry.lock',
  'Pipfile.lock',
  'uv.lock',
  'go.sum',
  'flake.lock',
  'packages.lock.json',
  'Podfile.lock',
  'mix.lock',
  'pubspec.lock',
]);

const generatedPatterns = [
  /\.min\.(js|css)$/,
  /\.(js|css)\.map$/,
  /(^|\/)(dist|vendor|node_modules)\//,
  /\.generated\.[^/]+$/,
  /\.pb\.(go|cc|h)$/,
  /_pb2\.py$/,
  /\.snap$/,
];

const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

export const isGenerated = (path: string): boolean =>
  generatedNames.has(nameOf(path)) || generatedPatterns.some((pattern) => pattern.test(path));

const imageExtensions = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'ico', 'avif']);

/** Pictures the browser draws itself; SVG stays text, its source is what a reviewer reads. */
export function isImage(path: string): boolean {
  const name = nameOf(path);
  const dot = name.lastIndexOf('.');
  return dot > 0 && imageExtensions.has(name.slice(dot + 1).toLowerCase());
}

/** Over this, a diff waits for "Load diff": Monaco lays out every line of a tall diff. */
export const LARGE_DIFF_BYTES = 256 * 1024;
export const LARGE_DIFF_LINES = 5_000;

export const isLargeDiff = (before: string, after: string): boolean =>
  before.length + after.length > LARGE_DIFF_BYTES ||
  countLines(before) + countLines(after) > LARGE_DIFF_LINES;

function countLines(text: string): number {
  let lines = 0;
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1))
    lines += 1;
  return lines;
}
