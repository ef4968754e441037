/** Monaco's theme follows the console's (the theme toggle, or the system's colour scheme). */
export const monacoTheme = () =>
  document.documentElement.dataset.theme === 'dark' ? 'vs-dark' : 'vs';

let modelCount = 0;

/** A URI unique to this page for a model of `path`: its extension picks the language. */
export function modelPath(path: string, kind = 'file'): string {
  modelCount += 1;
  return `/${kind}/${modelCount}/${path}`;
}
