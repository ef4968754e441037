import { useEffect, useRef } from 'react';
import { shortcuts } from './shortcuts.ts';
import './shortcut-help.css';

/** The list of every shortcut, in a modal dialog: Esc or the button closes it, focus returns. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    return () => opener?.focus();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="shortcut-help"
      aria-labelledby="shortcut-help-title"
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog itself.
        if (event.target === dialogRef.current) dialogRef.current.close();
      }}
    >
      <div className="shortcut-help-header">
        <h2 id="shortcut-help-title">Keyboard shortcuts</h2>
        <button
          type="button"
          className="button button-small"
          onClick={() => dialogRef.current?.close()}
          autoFocus
        >
          Close
        </button>
      </div>
      <table className="data-table" aria-labelledby="shortcut-help-title">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What it does</th>
            <th scope="col">Where</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map(({ keys, description, where }) => (
            <tr key={`${keys.join(' ')} ${where}`}>
              <td>
                {keys.map((key, index) => (
                  <span key={index}>
                    {index > 0 && ' then '}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </td>
              <td>{description}</td>
              <td className="muted">{where}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">Shortcuts never fire while you type in a field or in the editor.</p>
    </dialog>
  );
}
