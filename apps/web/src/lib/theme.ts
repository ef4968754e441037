import { basePath } from './base-path.ts';

/**
 * Light, dark, or as the system says: the choice is kept in this browser, and the page's
 * `data-theme` always names the colors in use, so stylesheets and the code editor need no
 * media query of their own.
 */
export type ThemeChoice = 'light' | 'dark' | 'system';

const STORAGE_KEY = 'codecommit-console-theme';
/** The BFF reads the choice from this cookie to colour a page's first paint as the app will. */
const COOKIE = 'cc_theme';
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

/** Keeps the choice in the cookie too (a year), or drops the cookie for the system's setting. */
function remember(choice: ThemeChoice): void {
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  const lifetime = choice === 'system' ? 0 : 31_536_000;
  document.cookie = `${COOKIE}=${choice}; Path=${basePath}; Max-Age=${lifetime}; SameSite=Lax${secure}`;
}

function apply(): void {
  document.documentElement.dataset.theme = resolvedTheme();
}

export function setTheme(choice: ThemeChoice): void {
  if (choice === 'system') window.localStorage.removeItem(STORAGE_KEY);
  else window.localStorage.setItem(STORAGE_KEY, choice);
  remember(choice);
  apply();
}

// Before the first paint, and again whenever the system changes its mind.
apply();
if (storedTheme() !== 'system') remember(storedTheme());
systemDark.addEventListener('change', apply);
