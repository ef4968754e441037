/**
 * Tells the texts an editor reported (and now comes back as its `value`) from texts set from
 * outside. React renders after keys arrive: by the time a reported text comes back, more keys
 * may have changed the editor, so an echo is any text reported since the last one that came
 * back, not only the latest. Pushing such a stale echo into the editor would undo keys and move
 * the cursor.
 */
export class EditorEchoes {
  private pending: string[] = [];

  /** The editor's text changed because someone typed. */
  reported(text: string): void {
    this.pending.push(text);
  }

  /**
   * Whether `value` must replace the editor's text: false for an echo of a report (it and
   * every older report are then settled), true for a text from outside (reports pending are
   * dropped: the outside text wins).
   */
  isFromOutside(value: string): boolean {
    // Echoes come back in the order reported; a text reported twice settles its first report.
    const index = this.pending.indexOf(value);
    if (index >= 0) {
      this.pending = this.pending.slice(index + 1);
      return false;
    }
    this.pending = [];
    return true;
  }
}
