import './skeleton.css';

type SkeletonProps = { lines?: number; label?: string };

/** A placeholder with the rough shape of what is loading; announced once to screen readers. */
export function Skeleton({ lines = 3, label = 'Loading' }: SkeletonProps) {
  return (
    <div className="skeleton" role="status" aria-live="polite" aria-label={label}>
      {Array.from({ length: lines }, (_, index) => (
        <div
          key={index}
          className="skeleton-line"
          style={{ width: `${90 - ((index * 23) % 40)}%` }}
        />
      ))}
    </div>
  );
}
