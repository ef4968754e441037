import { Link } from 'react-router';
import { paths } from '@/lib/paths.ts';
import './breadcrumbs.css';

type BreadcrumbsProps = { repositoryName: string; commitSpecifier: string; path: string };

/** repository / folder / folder / file, each part a link to its folder. */
export function Breadcrumbs({ repositoryName, commitSpecifier, path }: BreadcrumbsProps) {
  const parts = path.split('/').filter(Boolean);
  return (
    <nav aria-label="Breadcrumbs" className="breadcrumbs">
      <ol>
        <li>
          {parts.length === 0 ? (
            <span aria-current="page">{repositoryName}</span>
          ) : (
            <Link to={paths.tree(repositoryName, commitSpecifier)}>{repositoryName}</Link>
          )}
        </li>
        {parts.map((part, index) => {
          const last = index === parts.length - 1;
          return (
            <li key={index}>
              {last ? (
                <span aria-current="page">{part}</span>
              ) : (
                <Link
                  to={paths.tree(
                    repositoryName,
                    commitSpecifier,
                    parts.slice(0, index + 1).join('/'),
                  )}
                >
                  {part}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
