import { Link, useParams } from 'react-router';
import { paths } from '@/lib/paths.ts';
import { EmptyState } from './empty-state.tsx';
import { useFirstPaintDone } from '@/lib/first-paint.ts';

type NotFoundProps = {
  title?: string;
  message?: string;
  /** Where "back" leads: the repository in view (the default inside one), or the list. */
  back?: 'repository' | 'repositories';
};

/**
 * What shows for something that does not exist: a plain statement and a way back (to the
 * repository when it exists, else to the list), never a retry, since asking again finds nothing.
 */
export function NotFound({
  title = 'There is nothing at this address',
  message,
  back = 'repository',
}: NotFoundProps) {
  useFirstPaintDone();
  return (
    <EmptyState title={title}>
      {message && <p>{message}</p>}
      <BackLink back={back} />
    </EmptyState>
  );
}

/** Back to the repository in view (when `back` allows and there is one), else to the list. */
export function BackLink({ back = 'repository' }: Pick<NotFoundProps, 'back'>) {
  const { repositoryName } = useParams();
  return repositoryName && back === 'repository' ? (
    <Link to={paths.repository(repositoryName)}>Back to {repositoryName}</Link>
  ) : (
    <Link to={paths.home()}>Back to repositories</Link>
  );
}
