import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { gitEnvironment } from './run-git.ts';

export type GitObjectType = 'blob' | 'tree' | 'commit' | 'tag';

export interface GitObject {
  oid: string;
  type: GitObjectType;
  content: Buffer;
}

interface Pending {
  resolve: (object: GitObject | undefined) => void;
  reject: (error: Error) => void;
}

/** How long an unused reader stays alive before its process is ended. */
const IDLE_MILLISECONDS = 30_000;

/**
 * One long-lived `git cat-file --batch` process: requests are written in order and the
 * answers come back in the same order, so a FIFO of pending promises matches them.
 * When the process dies every pending read fails and the next read starts a new one.
 */
class CatFileBatch {
  private child: ChildProcessWithoutNullStreams | undefined;
  private pending: Pending[] = [];
  private buffer: Buffer = Buffer.alloc(0);
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(private readonly gitDir: string) {}

  read(name: string): Promise<GitObject | undefined> {
    if (/[\n\0]/.test(name)) return Promise.resolve(undefined);
    const child = this.child ?? this.start();
    this.armIdleTimer();
    if (this.pending.length === 0) this.hold(child, true);
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      child.stdin.write(`${name}\n`);
    });
  }

  close(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.child?.stdin.end();
    this.child?.kill();
    this.child = undefined;
  }

  private start(): ChildProcessWithoutNullStreams {
    const child = spawn('git', ['--git-dir', this.gitDir, 'cat-file', '--batch'], {
      cwd: this.gitDir,
      env: gitEnvironment(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child = child;
    this.buffer = Buffer.alloc(0);
    child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
    child.stderr.resume();
    child.stdin.on('error', () => undefined);
    const fail = (error: Error) => {
      if (this.child === child) this.child = undefined;
      const pending = this.pending;
      this.pending = [];
      for (const request of pending) request.reject(error);
    };
    child.on('error', fail);
    child.on('close', (code) => fail(new Error(`git cat-file --batch exited (${code ?? 'signal'})`)));
    this.hold(child, false);
    return child;
  }

  /** An idle reader never keeps the process alive; one with reads in flight does. */
  private hold(child: ChildProcessWithoutNullStreams, busy: boolean): void {
    if (busy) child.ref();
    else child.unref();
    for (const stream of [child.stdin, child.stdout, child.stderr]) {
      const handle = stream as unknown as { ref?: () => void; unref?: () => void };
      if (busy) handle.ref?.();
      else handle.unref?.();
    }
  }

  private drain(): void {
    for (;;) {
      const request = this.pending[0];
      if (!request) {
        if (this.child) this.hold(this.child, false);
        return;
      }
      const lineEnd = this.buffer.indexOf(10);
      if (lineEnd < 0) return;
      const header = this.buffer.subarray(0, lineEnd).toString();
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
        this.buffer = this.buffer.subarray(lineEnd + 1);
        this.pending.shift();
        request.resolve(undefined);
        continue;
      }
      const [oid, type, sizeText] = header.split(' ');
      const size = Number(sizeText);
      const end = lineEnd + 1 + size;
      if (this.buffer.length < end + 1) return;
      const content = Buffer.from(this.buffer.subarray(lineEnd + 1, end));
      this.buffer = this.buffer.subarray(end + 1);
      this.pending.shift();
      request.resolve({ oid: oid ?? '', type: type as GitObjectType, content });
    }
  }

  private armIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.pending.length === 0) this.close();
    }, IDLE_MILLISECONDS);
    this.idleTimer.unref();
  }
}

const readers = new Map<string, CatFileBatch>();

/**
 * Reads one object (by id or by any name git resolves, e.g. `refs/heads/main^{commit}`)
 * through the repository's long-lived `git cat-file --batch`. Resolves undefined when the
 * object does not exist.
 *
 * @example
 * const commit = await readObject({ gitDir, name: `${commitId}^{commit}` });
 */
export const readObject = async ({ gitDir, name }: { gitDir: string; name: string }): Promise<GitObject | undefined> => {
  if (!gitDir) throw new TypeError('readObject: gitDir is required');
  if (!name) return undefined;
  let reader = readers.get(gitDir);
  if (!reader) {
    reader = new CatFileBatch(gitDir);
    readers.set(gitDir, reader);
  }
  try {
    return await reader.read(name);
  } catch {
    // The process died under this read (killed, repository replaced): one fresh attempt.
    return reader.read(name);
  }
};

/** Ends the reader of a repository, e.g. before the repository is deleted or renamed. */
export const closeObjectReader = ({ gitDir }: { gitDir: string }): void => {
  readers.get(gitDir)?.close();
  readers.delete(gitDir);
};
