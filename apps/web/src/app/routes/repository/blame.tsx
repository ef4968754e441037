import { BlameView } from '@/features/blame/components/blame-view.tsx';
import { CodeToolbar } from '@/features/code/components/code-toolbar.tsx';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { useRefAndPath, useRepositoryContext } from './repository-context.ts';

/** /repositories/:repositoryName/blame/:ref/<file path>#L12 */
export function BlameRoute() {
  const { repositoryName } = useRepositoryContext();
  const { ref, path: filePath } = useRefAndPath();
  useDocumentTitle(`Blame ${filePath} · ${repositoryName}`);
  return (
    <>
      <CodeToolbar
        repositoryName={repositoryName}
        commitSpecifier={ref}
        path={filePath}
        view="blob"
      />
      <BlameView
        key={`${ref}:${filePath}`}
        repositoryName={repositoryName}
        commitSpecifier={ref}
        filePath={filePath}
      />
    </>
  );
}
