import { ErrorMessage } from '@/components/error-message.tsx';
import { LazyMarkdown } from '@/components/markdown/lazy-markdown.tsx';
import { Skeleton } from '@/components/skeleton.tsx';
import { paths } from '@/lib/paths.ts';
import { useFile } from '../api/get-file.ts';
import { isMarkdownPath } from '../lib/file-kind.ts';
import { resolveRepositoryLink } from '../lib/resolve-link.ts';
import './folder-readme.css';

type FileEntry = {
  absolutePath?: string | undefined;
  relativePath?: string | undefined;
  blobId?: string | undefined;
};
type FolderReadmeProps = { repositoryName: string; commitSpecifier: string; files: FileEntry[] };

/** README.md first, then any README.* or readme. */
function findReadme(files: FileEntry[]): FileEntry | undefined {
  const readmes = files.filter((file) => /^readme(\.[a-z0-9]+)?$/i.test(file.relativePath ?? ''));
  return readmes.find((file) => isMarkdownPath(file.relativePath ?? '')) ?? readmes[0];
}

/** The folder's README, rendered below its listing. */
export function FolderReadme({ repositoryName, commitSpecifier, files }: FolderReadmeProps) {
  const readme = findReadme(files);
  const filePath = readme?.absolutePath ?? '';
  const file = useFile({ repositoryName, commitSpecifier, filePath }, { enabled: Boolean(readme) });
  if (!readme) return null;

  // Relative links open the files they name; images next to the README are served from its blobs.
  const blobIds = new Map(files.map((entry) => [entry.absolutePath ?? '', entry.blobId ?? '']));
  const resolveLink = (href: string) => {
    const target = resolveRepositoryLink(href, filePath);
    return target && paths.blob(repositoryName, commitSpecifier, target.path) + target.hash;
  };
  const resolveImage = (src: string) => {
    const target = resolveRepositoryLink(src, filePath);
    const blobId = target && blobIds.get(target.path);
    return target && blobId ? paths.raw(repositoryName, blobId, target.path) : null;
  };
  return (
    <section className="panel folder-readme" aria-labelledby="folder-readme-title">
      <div className="panel-header">
        <h2 id="folder-readme-title">{readme.relativePath}</h2>
      </div>
      <div className="panel-body folder-readme-body">
        {file.isPending ? (
          <Skeleton lines={6} label="Loading the README" />
        ) : file.isError ? (
          <ErrorMessage title="The README could not be read" error={file.error} />
        ) : file.data.content === undefined || file.data.isBinary ? (
          <p className="muted">This README cannot be shown.</p>
        ) : isMarkdownPath(filePath) ? (
          <LazyMarkdown
            source={file.data.content}
            resolveLink={resolveLink}
            resolveImage={resolveImage}
          />
        ) : (
          <pre className="folder-readme-text">{file.data.content}</pre>
        )}
      </div>
    </section>
  );
}
