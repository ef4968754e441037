/** A person line of a commit, in CodeCommit's UserInfo form: date is git's `<seconds> <zone>`. */
export interface GitUserInfo {
  name: string;
  email: string;
  date: string;
}

export interface GitCommit {
  commitId: string;
  treeId: string;
  parents: string[];
  author: GitUserInfo;
  committer: GitUserInfo;
  message: string;
}

const parseUser = (value: string): GitUserInfo => {
  const match = /^(.*?) ?<([^>]*)> ?(.*)$/.exec(value);
  if (!match) return { name: value, email: '', date: '' };
  return { name: match[1] ?? '', email: match[2] ?? '', date: match[3] ?? '' };
};

/**
 * Parses a raw commit object. Headers CodeCommit does not report (gpgsig, encoding,
 * mergetag) are skipped, continuation lines included.
 *
 * @example
 * const commit = parseCommit({ commitId, content: object.content });
 */
export const parseCommit = ({
  commitId,
  content,
}: {
  commitId: string;
  content: Buffer;
}): GitCommit => {
  const text = content.toString();
  const headerEnd = text.indexOf('\n\n');
  const headerText = headerEnd < 0 ? text : text.slice(0, headerEnd);
  const commit: GitCommit = {
    commitId,
    treeId: '',
    parents: [],
    author: { name: '', email: '', date: '' },
    committer: { name: '', email: '', date: '' },
    message: headerEnd < 0 ? '' : text.slice(headerEnd + 2),
  };
  for (const line of headerText.split('\n')) {
    if (line.startsWith(' ')) continue;
    const space = line.indexOf(' ');
    const key = line.slice(0, space);
    const value = line.slice(space + 1);
    if (key === 'tree') commit.treeId = value;
    else if (key === 'parent') commit.parents.push(value);
    else if (key === 'author') commit.author = parseUser(value);
    else if (key === 'committer') commit.committer = parseUser(value);
  }
  return commit;
};
