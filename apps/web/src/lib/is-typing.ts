/** Inputs whose keys are not text: a focused checkbox or button leaves shortcuts working. */
const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

/**
 * Whether a key pressed at `target` is text being typed: in a field, a contenteditable element
 * or the code editor. Shortcuts never fire then.
 *
 * @example
 * window.addEventListener('keydown', (event) => { if (!isTyping(event.target)) run(event.key); });
 */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLInputElement && NOT_TEXT.has(target.type)) return false;
  return target.closest('input, textarea, select, [contenteditable], .monaco-editor') !== null;
}
