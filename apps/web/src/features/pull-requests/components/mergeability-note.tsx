type MergeabilityNoteProps = {
  mergeable: boolean;
  mergeOptions: string[];
  conflicts: { filePath?: string }[];
};

const optionNames: Record<string, string> = {
  FAST_FORWARD_MERGE: 'fast-forward',
  SQUASH_MERGE: 'squash',
  THREE_WAY_MERGE: 'three-way',
};

/** Whether the branches merge cleanly, in one sentence, with the conflicting files when they do not. */
export function MergeabilityNote({ mergeable, mergeOptions, conflicts }: MergeabilityNoteProps) {
  const strategies = mergeOptions.map((option) => optionNames[option] ?? option).join(', ');
  if (mergeable) {
    return (
      <p className="notice notice-success" role="status">
        No conflicts: these branches can be merged{strategies ? ` (${strategies})` : ''}.
      </p>
    );
  }
  return (
    <div className="notice notice-warning" role="status">
      <strong>
        {conflicts.length} {conflicts.length === 1 ? 'file conflicts' : 'files conflict'}
      </strong>
      : they can be resolved in the browser before merging.
      <ul className="mono">
        {conflicts.map((conflict) => (
          <li key={conflict.filePath}>{conflict.filePath}</li>
        ))}
      </ul>
    </div>
  );
}
