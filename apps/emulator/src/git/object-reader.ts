import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { isObjectId } from './object-id.ts';
import { PackReader } from './pack-reader.ts';
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

/** An idle process never keeps the emulator alive; one with reads in flight does. */
const hold = (child: ChildProcessWithoutNullStreams, busy: boolean): void => {
  if (busy) child.ref();
  else child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) {
    const handle = stream as unknown as { ref?: () => void; unref?: () => void };
    if (busy) handle.ref?.();
    else handle.unref?.();
  }
};

/**
 * One `git cat-file --batch` process: requests are written in order and the answers come
 * back in the same order, so a FIFO of pending promises matches them. When the process
 * ends, its own pending reads fail; later reads go to a new process.
 */
class CatFileProcess {
  readonly child: ChildProcessWithoutNullStreams;
  ended = false;
  private pending: Pending[] = [];
  private buffer: Buffer = Buffer.alloc(0);

  constructor(gitDir: string) {
    this.child = spawn('git', ['--git-dir', gitDir, 'cat-file', '--batch'], {
      cwd: gitDir,
      env: gitEnvironment(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
    this.child.stderr.resume();
    this.child.stdin.on('error', () => undefined);
    this.child.on('error', (error) => this.end(error));
    this.child.on('close', (code) =>
      this.end(new Error(`git cat-file --batch exited (${code ?? 'signal'})`)),
    );
    hold(this.child, false);
  }

  read(name: string): Promise<GitObject | undefined> {
    if (this.pending.length === 0) hold(this.child, true);
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.child.stdin.write(`${name}\n`);
    });
  }

  stop(): void {
    this.child.stdin.end();
    this.child.kill();
  }

  private end(error: Error): void {
    this.ended = true;
    const pending = this.pending;
    this.pending = [];
    for (const request of pending) request.reject(error);
  }

  private drain(): void {
    for (;;) {
      const request = this.pending[0];
      if (!request) {
        hold(this.child, false);
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
      const [oid = '', type, sizeText] = header.split(' ');
      const end = lineEnd + 1 + Number(sizeText);
      if (this.buffer.length < end + 1) return;
      const content = Buffer.from(this.buffer.subarray(lineEnd + 1, end));
      this.buffer = this.buffer.subarray(end + 1);
      this.pending.shift();
      request.resolve({ oid, type: type as GitObjectType, content });
    }
  }
}

/** The reader of one repository: its current process, replaced when it ends, ended when idle. */
class ObjectReader {
  private process: CatFileProcess | undefined;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(private readonly gitDir: string) {}

  read(name: string): Promise<GitObject | undefined> {
    if (!this.process || this.process.ended) this.process = new CatFileProcess(this.gitDir);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.close(), IDLE_MILLISECONDS);
    this.idleTimer.unref();
    return this.process.read(name);
  }

  close(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.process?.stop();
    this.process = undefined;
  }
}

const readers = new Map<string, ObjectReader>();
/** Readers of the most recently read repositories, each holding its packs open. */
const packReaders = new Map<string, PackReader>();
const MAX_PACK_READERS = 32;

function packReaderOf(gitDir: string): PackReader {
  let packReader = packReaders.get(gitDir);
  if (packReader) packReaders.delete(gitDir);
  else packReader = new PackReader(gitDir);
  packReaders.set(gitDir, packReader);
  for (const [oldest, reader] of packReaders) {
    if (packReaders.size <= MAX_PACK_READERS) break;
    reader.close();
    packReaders.delete(oldest);
  }
  return packReader;
}

/**
 * Reads one object by id from the repository's files (see PackReader), or by any name git
 * resolves (e.g. `refs/heads/main^{commit}`) through the repository's long-lived
 * `git cat-file --batch`, which also answers whatever the files could not. Resolves undefined
 * when the object does not exist or the name cannot be one (a newline or NUL in it).
 *
 * @example
 * const commit = await readObject({ gitDir, name: `${commitId}^{commit}` });
 */
export const readObject = async ({
  gitDir,
  name,
}: {
  gitDir: string;
  name: string;
}): Promise<GitObject | undefined> => {
  if (!gitDir) throw new TypeError('readObject: gitDir is required');
  if (!name || /[\n\0]/.test(name)) return undefined;
  if (isObjectId(name)) {
    const found = packReaderOf(gitDir).read(name);
    if (found) return found;
  }
  let reader = readers.get(gitDir);
  if (!reader) {
    reader = new ObjectReader(gitDir);
    readers.set(gitDir, reader);
  }
  try {
    return await reader.read(name);
  } catch {
    // The process ended under this read (stopped, killed, repository replaced): one fresh attempt.
    return reader.read(name);
  }
};

/** Ends the reader of a repository, e.g. before the repository is deleted. */
export const closeObjectReader = ({ gitDir }: { gitDir: string }): void => {
  readers.get(gitDir)?.close();
  readers.delete(gitDir);
  packReaders.get(gitDir)?.close();
  packReaders.delete(gitDir);
};
