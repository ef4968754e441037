/**
 * Light, dark, or as the system says: the choice is kept in this browser, and the page's
 * `data-theme` always names the colors in use, so stylesheets and the code editor need no
 * media query of their own.
 */
export type ThemeChoice = 'light' | 'dark' | 'system';

const STORAGE_KEY = 'codecommit-console-theme';
const systemDark = window.matchMedia('(prefers-color-scheme: dark)');

export function storedTheme(): ThemeChoice {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

/** The colors in use now: the choice, or the system's for "system". */
export function resolvedTheme(choice = storedTheme()): 'light' | 'dark' {
  if (choice !== 'system') return choice;
  return systemDark.matches ? 'dark' : 'light';
}

function apply(): void {
  document.documentElement.dataset.theme = resolvedTheme();
}

export function setTheme(choice: ThemeChoice): void {
  if (choice === 'system') window.localStorage.removeItem(STORAGE_KEY);
  else window.localStorage.setItem(STORAGE_KEY, choice);
  apply();
}

// Before the first paint, and again whenever the system changes its mind.
apply();
systemDark.addEventListener('change', apply);
