import type { Context } from 'hono';
import type { AppEnv } from '../../env.ts';
import { getFile, getFolder } from '../../gateway/code.ts';
import { getCommit } from '../../gateway/commits.ts';
import { getDifferences } from '../../gateway/differences.ts';
import type { CodeCommit } from '../../gateway/gateway.ts';
import { getRepository } from '../../gateway/repositories.ts';
import { actorFor } from '../../session/actor-for.ts';
import { liveSession } from '../../session/middleware.ts';
import { toFileView } from '../code/content.ts';
import { getHistoryPage } from '../commits/history.ts';
import { paintCommit, paintFile, paintFolder, paintHistory } from './render.ts';
import { paintedView, type PaintedView } from './views.ts';

/**
 * How long the page waits for a view's content before it goes out without a first paint. The
 * page's head (and so the app's scripts and styles) has left already; past this the app simply
 * draws the view itself, from the reads this started, which land in the cache either way.
 */
export const FIRST_PAINT_BUDGET_MS = 1500;

/** CodeCommit as the person whose session cookie came with the page, if any. */
async function signedInCodeCommit(c: Context<AppEnv>): Promise<CodeCommit | undefined> {
  const live = await liveSession(c);
  return live && c.var.bff.gateway.forActor(actorFor(c.var.bff, live.id, live.record));
}

async function paint(codeCommit: CodeCommit, view: PaintedView): Promise<string> {
  const { repositoryName } = view;
  switch (view.view) {
    case 'home': {
      // The home is the default branch's root folder: one round trip more than a tree's address.
      const { defaultBranch } = await getRepository(codeCommit, repositoryName);
      if (!defaultBranch) throw new Error('An empty repository: the app says how to push to it');
      const folder = await getFolder(codeCommit, {
        repositoryName,
        commitSpecifier: defaultBranch,
        folderPath: '',
      });
      return String(await paintFolder(repositoryName, defaultBranch, folder));
    }
    case 'tree': {
      const folder = await getFolder(codeCommit, {
        repositoryName,
        commitSpecifier: view.ref,
        folderPath: view.path,
      });
      return String(await paintFolder(repositoryName, view.ref, folder));
    }
    case 'blob': {
      const file = await getFile(codeCommit, {
        repositoryName,
        commitSpecifier: view.ref,
        filePath: view.path,
      });
      return String(await paintFile(repositoryName, view.ref, toFileView(file)));
    }
    case 'commits': {
      const page = await getHistoryPage(codeCommit, {
        repositoryName,
        commitSpecifier: view.ref,
        ...(view.path ? { filePath: view.path } : {}),
        // The newest commits one round trip past the tip bring; the app fills in the page.
        roundTrips: 1,
      });
      return String(await paintHistory(repositoryName, view.ref, view.path, page.commits));
    }
    case 'commit': {
      const commit = await getCommit(codeCommit, repositoryName, view.commitId);
      const parent = commit.parents[0];
      const differences = await getDifferences(codeCommit, {
        repositoryName,
        afterCommitSpecifier: view.commitId,
        ...(parent ? { beforeCommitSpecifier: parent } : {}),
      });
      return String(await paintCommit(repositoryName, commit, differences));
    }
  }
}

/**
 * The first paint of the view at `pathname` (the address without the base path), read with the
 * same gateway calls, and so into the same cache, as the API routes the app asks next: by the
 * time the app asks, its answers cost no CodeCommit call. Undefined when the page is not such a
 * view, nobody is signed in, a read fails (the app shows why) or the budget runs out.
 */
export async function firstPaint(
  c: Context<AppEnv>,
  pathname: string,
  budgetMs = FIRST_PAINT_BUDGET_MS,
): Promise<string | undefined> {
  const view = paintedView(pathname);
  if (!view) return undefined;
  try {
    const codeCommit = await signedInCodeCommit(c);
    if (!codeCommit) return undefined;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), budgetMs);
      timer.unref();
    });
    const painting = paint(codeCommit, view).catch(() => undefined);
    try {
      return await Promise.race([painting, late]);
    } finally {
      clearTimeout(timer);
    }
  } catch {
    return undefined;
  }
}
