import ReactMarkdown from 'react-markdown';
import type { Components } from 'react-markdown';
import { Link } from 'react-router';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import './markdown.css';

export type MarkdownProps = {
  source: string;
  /** Maps a relative link to an address inside the console, or null to leave it as written. */
  resolveLink?: (href: string) => string | null;
  /** Maps an image to an address the console serves, or null to show it as a link. */
  resolveImage?: (src: string) => string | null;
};

/**
 * GitHub-flavoured markdown, sanitized with GitHub's own allow-list (rehype-sanitize's default
 * schema): raw HTML is never rendered, and no script or event handler reaches the page.
 * Loaded lazily with its parser (see lazy-markdown.tsx), only when a view shows markdown.
 */
export default function Markdown({ source, resolveLink, resolveImage }: MarkdownProps) {
  const components: Components = {
    a: ({ href = '', children }) => {
      const inside = resolveLink?.(href);
      if (inside) return <Link to={inside}>{children}</Link>;
      const external = /^https?:/i.test(href);
      return (
        <a href={href} {...(external ? { target: '_blank', rel: 'noreferrer noopener' } : {})}>
          {children}
        </a>
      );
    },
    img: ({ src, alt }) => {
      const href = typeof src === 'string' ? src : '';
      const served = href ? resolveImage?.(href) : null;
      if (served) return <img src={served} alt={alt ?? ''} />;
      // Remote images would tell their host who reads the page; they are shown as links.
      return href ? <a href={href}>{alt || href}</a> : null;
    },
  };

  return (
    <div className="markdown-body">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[rehypeSanitize]}
        components={components}
      >
        {source}
      </ReactMarkdown>
    </div>
  );
}
