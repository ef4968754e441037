import { useState } from 'react';
import { setTheme, storedTheme, type ThemeChoice } from '@/lib/theme.ts';

const order: ThemeChoice[] = ['system', 'light', 'dark'];
const labels: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };
const icons: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' };

/**
 * Light, dark or the system's colors, remembered in this browser: one button that moves to the
 * next choice, so it is one Tab stop and never a list of options in the page.
 */
export function ThemeToggle() {
  const [choice, setChoice] = useState<ThemeChoice>(storedTheme);
  const next = order[(order.indexOf(choice) + 1) % order.length] ?? 'system';
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-label={`Theme: ${labels[choice]}`}
      title={`Theme: ${labels[choice]}. Switch to ${labels[next]}`}
      onClick={() => {
        setTheme(next);
        setChoice(next);
      }}
    >
      <span aria-hidden="true">{icons[choice]}</span> {labels[choice]}
    </button>
  );
}
