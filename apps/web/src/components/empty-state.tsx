import type { ReactNode } from 'react';

type EmptyStateProps = { title: string; children?: ReactNode };

export function EmptyState({ title, children }: EmptyStateProps) {
  return (
    <div className="empty-state">
      <strong>{title}</strong>
      {children && <div className="empty-state-body">{children}</div>}
    </div>
  );
}
