import { Route, Routes } from 'react-router';
import { NewPullRequest } from './new-pull-request.tsx';
import { PullRequestList } from './pull-request-list.tsx';
import { PullRequestPage } from './pull-request-page.tsx';

/** The pull request views of a repository, loaded together the first time one is opened. */
export function PullRequestsRoutes() {
  return (
    <Routes>
      <Route index element={<PullRequestList />} />
      <Route path="new" element={<NewPullRequest />} />
      <Route path=":pullRequestId/*" element={<PullRequestPage />} />
    </Routes>
  );
}
