import { SmilePlus } from 'lucide-react';
import { useState } from 'react';
import { countReactions, reactions } from '../lib/reactions.ts';

type CommentReactionsProps = {
  reactionCounts?: Record<string, number>;
  callerReactions?: string[];
  canReact: boolean;
  pending: boolean;
  onReact: (reactionValue: string) => void;
};

/** Reaction counts under a comment; one's own reaction toggles, the picker offers CodeCommit's set. */
export function CommentReactions({
  reactionCounts,
  callerReactions,
  canReact,
  pending,
  onReact,
}: CommentReactionsProps) {
  const [picking, setPicking] = useState(false);
  const counts = countReactions(reactionCounts, callerReactions);
  return (
    <div className="comment-reactions">
      {counts.map(({ reaction, count, mine }) => (
        <button
          key={reaction.shortCode}
          type="button"
          className={`reaction${mine ? ' reaction-mine' : ''}`}
          aria-pressed={mine}
          aria-label={`${reaction.label}: ${count}${mine ? ', including you' : ''}`}
          disabled={!canReact || pending}
          onClick={() => onReact(mine ? 'none' : `:${reaction.shortCode}:`)}
        >
          {reaction.emoji} {count}
        </button>
      ))}
      {canReact && (
        <span className="reaction-picker">
          <button
            type="button"
            className="reaction"
            aria-expanded={picking}
            aria-label="Add a reaction"
            onClick={() => setPicking(!picking)}
          >
            <SmilePlus size={16} aria-hidden="true" />
          </button>
          {picking && (
            <span className="reaction-menu" role="menu">
              {reactions.map((reaction) => (
                <button
                  key={reaction.shortCode}
                  type="button"
                  role="menuitem"
                  aria-label={reaction.label}
                  title={reaction.label}
                  onClick={() => {
                    setPicking(false);
                    onReact(`:${reaction.shortCode}:`);
                  }}
                >
                  {reaction.emoji}
                </button>
              ))}
            </span>
          )}
        </span>
      )}
    </div>
  );
}
