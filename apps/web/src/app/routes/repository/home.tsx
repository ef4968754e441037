import { EmptyState } from '@/components/empty-state.tsx';
import { CodeToolbar } from '@/features/code/components/code-toolbar.tsx';
import { FolderView } from '@/features/code/components/folder-view.tsx';
import { LatestCommitBar } from '@/features/code/components/latest-commit-bar.tsx';
import { ClonePanel } from '@/features/repositories/components/clone-panel.tsx';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { useCanChangeRef, useRepositoryContext } from './repository-context.ts';
import './home.css';

/** The repository's root folder on its default branch, its README, and how to clone it. */
export function RepositoryHomeRoute() {
  const { repository, repositoryName } = useRepositoryContext();
  useDocumentTitle(repositoryName);
  const defaultBranch = repository.defaultBranch;
  const canChange = useCanChangeRef(repositoryName, defaultBranch ?? '');

  return (
    <div className="repository-home">
      <div className="repository-home-main">
        {defaultBranch ? (
          <>
            <CodeToolbar
              repositoryName={repositoryName}
              commitSpecifier={defaultBranch}
              path=""
              view="tree"
              canChange={canChange}
            />
            <LatestCommitBar repositoryName={repositoryName} commitSpecifier={defaultBranch} />
            <FolderView
              repositoryName={repositoryName}
              commitSpecifier={defaultBranch}
              folderPath=""
            />
          </>
        ) : (
          <EmptyState title="This repository is empty">
            Clone it, add files and push a first commit; the branch you push becomes its default
            branch.
          </EmptyState>
        )}
      </div>
      <aside className="repository-home-aside" aria-label="About this repository">
        <ClonePanel repository={{ ...repository, repositoryName }} />
      </aside>
    </div>
  );
}
