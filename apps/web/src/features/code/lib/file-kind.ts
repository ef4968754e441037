const imageExtensions = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'bmp', 'ico', 'svg']);

const extension = (path: string) => {
  const name = path.split('/').pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
};

/** Images are shown as pictures through the blob route; an <img> never runs an SVG's scripts. */
export const isImagePath = (path: string) => imageExtensions.has(extension(path));

export const isMarkdownPath = (path: string) =>
  ['md', 'markdown', 'mdown', 'mkd'].includes(extension(path));
