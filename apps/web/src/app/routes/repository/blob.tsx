import { useLocation, useParams } from 'react-router';
import { useBranches } from '@/features/code/api/list-branches.ts';
import { CodeToolbar } from '@/features/code/components/code-toolbar.tsx';
import { FileView } from '@/features/code/components/file-view.tsx';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';
import { useCanWrite } from '@/lib/authorization.ts';
import { useRepositoryContext } from './repository-context.ts';

const noticeOf = (state: unknown) =>
  state && typeof state === 'object' && 'notice' in state && typeof state.notice === 'string' ? state.notice : undefined;

/** /repositories/:repositoryName/blob/:ref/<file path>#L3-L7 */
export function BlobRoute() {
  const { repositoryName } = useRepositoryContext();
  const params = useParams();
  const location = useLocation();
  const ref = params.ref ?? '';
  const filePath = params['*'] ?? '';
  const branches = useBranches(repositoryName);
  const canWrite = useCanWrite(repositoryName);
  const onBranch = Boolean(branches.data?.branches.some((branch) => branch.branchName === ref));
  const notice = noticeOf(location.state);
  useDocumentTitle(`${filePath} · ${repositoryName}`);

  return (
    <>
      <CodeToolbar repositoryName={repositoryName} commitSpecifier={ref} path={filePath} view="blob" />
      {notice && (
        <p className="notice notice-success" role="status">
          {notice}
        </p>
      )}
      <FileView key={`${ref}:${filePath}`} repositoryName={repositoryName} commitSpecifier={ref} filePath={filePath} canEdit={onBranch && canWrite} />
    </>
  );
}
