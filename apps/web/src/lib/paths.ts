import { pageRegion } from './region.ts';

/** Every view's address: the URL is the state, so each view can be linked to. */

const segment = (value: string) => encodeURIComponent(value);
const filePath = (path: string) => path.split('/').filter(Boolean).map(segment).join('/');

const repositoryBase = (repositoryName: string) => `/repositories/${segment(repositoryName)}`;

function refPath(
  view: 'tree' | 'blob' | 'blame' | 'edit' | 'commits' | 'new' | 'upload',
  repositoryName: string,
  ref: string,
  path = '',
) {
  const rest = filePath(path);
  return `${repositoryBase(repositoryName)}/${view}/${segment(ref)}${rest ? `/${rest}` : ''}`;
}

export const paths = {
  home: () => '/',
  signIn: (redirectTo?: string) =>
    redirectTo && redirectTo !== '/'
      ? `/sign-in?redirectTo=${encodeURIComponent(redirectTo)}`
      : '/sign-in',
  newRepository: () => '/new',
  repository: (repositoryName: string) => repositoryBase(repositoryName),
  settings: (repositoryName: string) => `${repositoryBase(repositoryName)}/settings`,
  tree: (repositoryName: string, ref: string, folderPath = '') =>
    refPath('tree', repositoryName, ref, folderPath),
  blob: (repositoryName: string, ref: string, path: string) =>
    refPath('blob', repositoryName, ref, path),
  /** Each line of a file with the commit that last changed it. */
  blame: (repositoryName: string, ref: string, path: string) =>
    refPath('blame', repositoryName, ref, path),
  /** Text or a regular expression across the files of a ref. */
  search: (
    repositoryName: string,
    options: {
      ref?: string;
      q?: string;
      regex?: boolean;
      caseSensitive?: boolean;
      folderPath?: string;
    } = {},
  ) => {
    const query = new URLSearchParams();
    if (options.ref) query.set('ref', options.ref);
    if (options.q) query.set('q', options.q);
    if (options.regex) query.set('regex', '1');
    if (options.caseSensitive) query.set('case', '1');
    if (options.folderPath) query.set('path', options.folderPath);
    const search = query.toString();
    return `${repositoryBase(repositoryName)}/search${search ? `?${search}` : ''}`;
  },
  edit: (repositoryName: string, ref: string, path: string) =>
    refPath('edit', repositoryName, ref, path),
  /** A new file, or files uploaded, in a folder of a branch. */
  newFile: (repositoryName: string, branchName: string, folderPath = '') =>
    refPath('new', repositoryName, branchName, folderPath),
  upload: (repositoryName: string, branchName: string, folderPath = '') =>
    refPath('upload', repositoryName, branchName, folderPath),
  /** History of a ref, or of one file or folder at that ref. */
  history: (repositoryName: string, ref: string, path = '') =>
    refPath('commits', repositoryName, ref, path),
  commit: (repositoryName: string, commitId: string) =>
    `${repositoryBase(repositoryName)}/commit/${segment(commitId)}`,
  /** What merging source into destination would bring. */
  compare: (repositoryName: string, destination?: string, source?: string) => {
    const query = new URLSearchParams();
    if (destination) query.set('destination', destination);
    if (source) query.set('source', source);
    const search = query.toString();
    return `${repositoryBase(repositoryName)}/compare${search ? `?${search}` : ''}`;
  },
  branches: (repositoryName: string) => `${repositoryBase(repositoryName)}/branches`,
  /** The raw bytes of a blob, served by the BFF. */
  raw: (repositoryName: string, blobId: string, path: string, download = false) => {
    const query = new URLSearchParams({ filePath: path });
    if (download) query.set('download', '1');
    // The browser follows this link itself, without the API client's region header.
    if (pageRegion) query.set('region', pageRegion);
    return `/api${repositoryBase(repositoryName)}/blobs/${segment(blobId)}?${query.toString()}`;
  },
};

/** Only same-origin paths may be redirected to after sign-in. */
export function safeRedirect(target: string | null): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\'))
    return '/';
  return target;
}
