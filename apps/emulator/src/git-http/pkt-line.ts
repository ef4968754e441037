/** A ref update a client asks receive-pack for: `<old-id> <new-id> <ref>`. */
export interface RefCommand {
  oldCommitId: string;
  newCommitId: string;
  ref: string;
}

/** Enough to read the commands at the head of any push; a larger head is not parsed. */
const maxCommandBytes = 4 * 1024 * 1024;

/**
 * Reads the command list at the start of a receive-pack request, chunk by chunk, without holding
 * up the stream: pkt-lines up to the first flush-pkt.
 */
export class RefCommandReader {
  readonly commands: RefCommand[] = [];
  private buffer = Buffer.alloc(0);
  private done = false;

  push(chunk: Buffer): void {
    if (this.done) return;
    this.buffer = Buffer.concat([this.buffer, chunk]);
    while (!this.done && this.buffer.length >= 4) {
      const length = Number.parseInt(this.buffer.subarray(0, 4).toString('ascii'), 16);
      if (Number.isNaN(length) || length === 0 || (length > 0 && length < 4)) {
        this.done = true;
        break;
      }
      if (this.buffer.length < length) break;
      this.read(this.buffer.subarray(4, length).toString('utf8'));
      this.buffer = this.buffer.subarray(length);
    }
    if (this.buffer.length > maxCommandBytes) this.done = true;
  }

  private read(line: string): void {
    const match = /^([0-9a-f]{40}) ([0-9a-f]{40}) ([^\0\n]+)/.exec(line);
    if (match)
      this.commands.push({
        oldCommitId: match[1] ?? '',
        newCommitId: match[2] ?? '',
        ref: match[3] ?? '',
      });
  }
}

export const pktLine = (text: string): string =>
  `${(text.length + 4).toString(16).padStart(4, '0')}${text}`;
