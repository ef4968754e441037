import { accessSync, chmodSync, constants } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const pushHooks = fileURLToPath(new URL('./push-hooks', import.meta.url));

let hooksReady = false;
/** git skips a hook that is not executable (a copy that lost its mode bits), so make sure once. */
const ensureExecutable = (): void => {
  if (hooksReady) return;
  const hook = path.join(pushHooks, 'pre-receive');
  try {
    accessSync(hook, constants.X_OK);
  } catch {
    chmodSync(hook, 0o755);
  }
  hooksReady = true;
};

/** CodeCommit's maximum size of a single file (Git blob) pushed with git: 2 GB ("Quotas in AWS CodeCommit"). */
const MAX_GIT_BLOB_BYTES = 2 * 1024 * 1024 * 1024;

/**
 * Options for `git` ahead of `receive-pack`, so every push is checked before anything is stored:
 * `receive.fsckObjects` makes git refuse, with its own fsck message, any object `git fsck --strict`
 * would flag (a tree entry named `.git`, a malformed author or committer line, zero-padded modes...),
 * and the pre-receive hook in `push-hooks/` enforces CodeCommit's documented limits: references
 * per push, and `maxBlobBytes` (default 2 GB) per file. Given on the command line, they apply to every repository, old or new, whatever its
 * own config says. git keeps a refused push's objects in a quarantine folder that it then removes.
 *
 * @example
 * spawn('git', [...checkedPushOptions(), 'receive-pack', '--stateless-rpc', gitDir]);
 */
export const checkedPushOptions = (limits: { maxBlobBytes?: number } = {}): string[] => {
  ensureExecutable();
  return [
    '-c',
    'receive.fsckObjects=true',
    '-c',
    `core.hooksPath=${pushHooks}`,
    '-c',
    `codecommit.maxBlobBytes=${limits.maxBlobBytes ?? MAX_GIT_BLOB_BYTES}`,
  ];
};
