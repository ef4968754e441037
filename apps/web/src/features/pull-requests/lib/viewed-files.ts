/**
 * "Viewed" marks for a pull request's files, kept in the browser. Each mark remembers the blob
 * the reviewer saw: when a new push changes the file its blob id changes and the mark no longer
 * counts, so changed files ask to be looked at again.
 */
export interface ViewedStore {
  isViewed(filePath: string, blobId: string): boolean;
  setViewed(filePath: string, blobId: string, viewed: boolean): void;
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

export function viewedStore(
  scope: string,
  storage: Storage | undefined = globalThis.localStorage,
): ViewedStore {
  const key = `viewed-files:${scope}`;
  const read = (): Record<string, string> => {
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(key) ?? '{}');
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
    } catch {
      return {};
    }
  };
  return {
    isViewed: (filePath, blobId) => read()[filePath] === blobId,
    setViewed(filePath, blobId, viewed) {
      const marks = read();
      if (viewed) marks[filePath] = blobId;
      else delete marks[filePath];
      try {
        storage?.setItem(key, JSON.stringify(marks));
      } catch {
        // Storage full or refused: the mark lasts for this page only.
      }
    },
  };
}
