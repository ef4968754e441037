/** Monaco's theme follows the system's colour scheme, as the rest of the console does. */
export const monacoTheme = () =>
  window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'vs-dark' : 'vs';

let modelCount = 0;

/** A URI unique to this page for a model of `path`: its extension picks the language. */
export function modelPath(path: string, kind = 'file'): string {
  modelCount += 1;
  return `/${kind}/${modelCount}/${path}`;
}
