import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '@/lib/paths.ts';
import './top-bar.css';

export function TopBar({ children }: { children?: ReactNode }) {
  return (
    <header className="top-bar">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Link to={paths.home()} className="top-bar-brand">
        <svg viewBox="0 0 16 16" width="18" height="18" aria-hidden="true">
          <path
            d="M5 3 1 8l4 5M11 3l4 5-4 5M9.5 2 6.5 14"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
          />
        </svg>
        CodeCommit
      </Link>
      {children}
    </header>
  );
}
