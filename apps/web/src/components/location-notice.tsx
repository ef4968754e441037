import { useLocation } from 'react-router';

/** Navigating with `state: { notice }` shows that sentence once on the page arrived at ("Committed abc1234"). */
export function LocationNotice() {
  const state: unknown = useLocation().state;
  const notice =
    state && typeof state === 'object' && 'notice' in state && typeof state.notice === 'string'
      ? state.notice
      : undefined;
  if (!notice) return null;
  return (
    <p className="notice notice-success" role="status">
      {notice}
    </p>
  );
}
