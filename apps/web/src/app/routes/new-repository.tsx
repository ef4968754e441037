import { CreateRepositoryForm } from '@/features/repositories/components/create-repository-form.tsx';
import { useDocumentTitle } from '@/hooks/use-document-title.ts';

export function NewRepositoryRoute() {
  useDocumentTitle('Create repository');
  return (
    <div className="page page-narrow">
      <div className="page-header">
        <h1>Create repository</h1>
      </div>
      <CreateRepositoryForm />
    </div>
  );
}
