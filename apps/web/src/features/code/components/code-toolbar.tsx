import { Link, useNavigate } from 'react-router';
import { paths } from '@/lib/paths.ts';
import { Breadcrumbs } from './breadcrumbs.tsx';
import { DownloadArchive } from './download-archive.tsx';
import { FileFinder } from './file-finder.tsx';
import { RefSelector } from './ref-selector.tsx';
import './code-toolbar.css';

type CodeToolbarProps = {
  repositoryName: string;
  commitSpecifier: string;
  path: string;
  view: 'tree' | 'blob';
  /** The signed-in user may commit to this ref: it is a branch and IAM allows writes. */
  canChange?: boolean;
};

/** Branch, where you are, and the way to other places in the same tree. */
export function CodeToolbar({
  repositoryName,
  commitSpecifier,
  path,
  view,
  canChange = false,
}: CodeToolbarProps) {
  const navigate = useNavigate();
  const switchRef = (ref: string) =>
    navigate(
      view === 'blob'
        ? paths.blob(repositoryName, ref, path)
        : paths.tree(repositoryName, ref, path),
    );

  return (
    <div className="code-toolbar">
      <RefSelector
        repositoryName={repositoryName}
        commitSpecifier={commitSpecifier}
        onSelect={switchRef}
      />
      <Breadcrumbs repositoryName={repositoryName} commitSpecifier={commitSpecifier} path={path} />
      <div className="code-toolbar-end button-group">
        <Link className="button" to={paths.history(repositoryName, commitSpecifier, path)}>
          History
        </Link>
        <Link
          className="button"
          to={paths.search(repositoryName, {
            ref: commitSpecifier,
            folderPath: view === 'tree' ? path : '',
          })}
        >
          Search
        </Link>
        {view === 'tree' && canChange && (
          <>
            <Link className="button" to={paths.newFile(repositoryName, commitSpecifier, path)}>
              New file
            </Link>
            <Link className="button" to={paths.upload(repositoryName, commitSpecifier, path)}>
              Upload files
            </Link>
          </>
        )}
        {view === 'tree' && (
          <DownloadArchive
            repositoryName={repositoryName}
            commitSpecifier={commitSpecifier}
            folderPath={path}
          />
        )}
        <FileFinder repositoryName={repositoryName} commitSpecifier={commitSpecifier} />
      </div>
    </div>
  );
}
