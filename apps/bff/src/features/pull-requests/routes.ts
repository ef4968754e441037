import { Hono } from 'hono';
import type { AppEnv } from '../../env.ts';
import { approvalRoutes } from './approval-routes.ts';
import { commentRoutes } from './comment-routes.ts';
import { mergeRoutes } from './merge-routes.ts';
import { pullRequestRoutes } from './pull-request-routes.ts';

/** Everything about reviewing and merging pull requests, mounted under /repositories. */
export const pullRequestFeatureRoutes = new Hono<AppEnv>()
  .route('/', pullRequestRoutes)
  .route('/', commentRoutes)
  .route('/', approvalRoutes)
  .route('/', mergeRoutes);
