import { NotFound } from '@/components/not-found.tsx';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';

export function NotFoundRoute() {
  useDocumentTitle('Not found');
  return (
    <div className="page">
      <NotFound />
    </div>
  );
}
