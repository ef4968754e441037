import { createBrowserRouter, type RouteObject } from 'react-router';
import { Skeleton } from '@/components/skeleton.tsx';
import { AppLayout } from './layout/app-layout.tsx';
import { RouteError } from './layout/route-error.tsx';
import { NotFoundRoute } from './routes/not-found.tsx';
import { RepositoriesRoute } from './routes/repositories.tsx';
import { SignInRoute } from './routes/sign-in.tsx';
import { RepositoryLayout } from './routes/repository/layout.tsx';
import { RepositoryHomeRoute } from './routes/repository/home.tsx';
import { TreeRoute } from './routes/repository/tree.tsx';
import { regionBasename } from '@/lib/region.ts';

/**
 * The URL is the state: repository, ref, path and line range are all in it, so every view can be
 * linked to. Views that bring heavy code (Monaco, forms used once) are loaded on demand.
 */
const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInRoute />, errorElement: <RouteError /> },
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    // Shown while a lazily loaded view arrives on the first page load.
    hydrateFallbackElement: (
      <div className="page">
        <Skeleton lines={6} />
      </div>
    ),
    children: [
      { index: true, element: <RepositoriesRoute /> },
      {
        path: 'new',
        lazy: () =>
          import('./routes/new-repository.tsx').then((module) => ({
            Component: module.NewRepositoryRoute,
          })),
      },
      {
        path: 'repositories/:repositoryName',
        element: <RepositoryLayout />,
        children: [
          { index: true, element: <RepositoryHomeRoute /> },
          { path: 'tree/:ref/*', element: <TreeRoute /> },
          {
            path: 'blob/:ref/*',
            lazy: () =>
              import('./routes/repository/blob.tsx').then((module) => ({
                Component: module.BlobRoute,
              })),
          },
          {
            path: 'blame/:ref/*',
            lazy: () =>
              import('./routes/repository/blame.tsx').then((module) => ({
                Component: module.BlameRoute,
              })),
          },
          {
            path: 'search',
            lazy: () =>
              import('./routes/repository/search.tsx').then((module) => ({
                Component: module.SearchRoute,
              })),
          },
          {
            path: 'edit/:ref/*',
            lazy: () =>
              import('./routes/repository/edit.tsx').then((module) => ({
                Component: module.EditRoute,
              })),
          },
          {
            path: 'pull-requests/*',
            lazy: () =>
              import('@/features/pull-requests/components/pull-requests-routes.tsx').then(
                (module) => ({ Component: module.PullRequestsRoutes }),
              ),
          },
          {
            path: 'new/:ref/*',
            lazy: () =>
              import('./routes/repository/new-file.tsx').then((module) => ({
                Component: module.NewFileRoute,
              })),
          },
          {
            path: 'upload/:ref/*',
            lazy: () =>
              import('./routes/repository/new-file.tsx').then((module) => ({
                Component: module.UploadRoute,
              })),
          },
          {
            path: 'commits/:ref/*',
            lazy: () =>
              import('./routes/repository/history.tsx').then((module) => ({
                Component: module.HistoryRoute,
              })),
          },
          {
            path: 'commit/:commitId',
            lazy: () =>
              import('./routes/repository/commit.tsx').then((module) => ({
                Component: module.CommitRoute,
              })),
          },
          {
            path: 'compare',
            lazy: () =>
              import('./routes/repository/compare.tsx').then((module) => ({
                Component: module.CompareRoute,
              })),
          },
          {
            path: 'branches',
            lazy: () =>
              import('./routes/repository/branches.tsx').then((module) => ({
                Component: module.BranchesRoute,
              })),
          },
          {
            path: 'settings',
            lazy: () =>
              import('./routes/repository/settings.tsx').then((module) => ({
                Component: module.SettingsRoute,
              })),
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
      {
        path: 'admin/*',
        lazy: () =>
          import('@/features/admin/components/admin-routes.tsx').then((module) => ({
            Component: module.AdminRoutes,
          })),
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

// In another region than the person's own, every address starts with that region (lib/region.ts).
export const router = createBrowserRouter(
  routes,
  regionBasename ? { basename: regionBasename } : {},
);
