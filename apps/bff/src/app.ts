import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { createMiddleware } from 'hono/factory';
import { requestId } from 'hono/request-id';
import type { AppEnv, BffContext } from './env.ts';
import { approvalRuleTemplateRoutes } from './features/approval-rule-templates/routes.ts';
import { archiveRoutes } from './features/archive/routes.ts';
import { blameRoutes } from './features/blame/routes.ts';
import { branchRoutes } from './features/branches/routes.ts';
import { cloneRoutes } from './features/clone/routes.ts';
import { codeRoutes } from './features/code/routes.ts';
import { commitRoutes } from './features/commits/routes.ts';
import { dashboardRoutes } from './features/dashboard/routes.ts';
import { permissionRoutes } from './features/permissions/routes.ts';
import { pullRequestFeatureRoutes } from './features/pull-requests/routes.ts';
import { repositoryRoutes } from './features/repositories/routes.ts';
import { lineCountsRoutes } from './features/line-counts/routes.ts';
import { repositoryHomeRoutes } from './features/repository-home/routes.ts';
import { searchRoutes } from './features/search/routes.ts';
import { triggerRoutes } from './features/triggers/routes.ts';
import { healthRoutes } from './features/health/routes.ts';
import { metricsRoutes } from './observability/metrics-routes.ts';
import { requestLog } from './observability/request-log.ts';
import { requestSpans } from './observability/tracing.ts';
import type { TracerProvider } from '@opentelemetry/api';
import { noStoreByDefault } from './middleware/cache-control.ts';
import { codeCommitCallsHeader } from './middleware/codecommit-calls.ts';
import { jsonLength } from './middleware/json-length.ts';
import { allowedHost } from './middleware/allowed-host.ts';
import { clientOrigin } from './middleware/client-origin.ts';
import { apiErrorHandler } from './middleware/errors.ts';
import { sameOrigin } from './middleware/same-origin.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { webApp } from './middleware/web-app.ts';
import { firstPaint } from './features/first-paint/first-paint.ts';
import { requireSignIn, session } from './session/middleware.ts';
import { instanceHeader, sharedChanges } from './shared-state/middleware.ts';
import { sessionRoutes } from './session/routes.ts';

/** Everything under /api. Every route but /session needs a signed-in person. */
export const apiRoutes = new Hono<AppEnv>()
  .route('/session', sessionRoutes)
  .use('/repositories/*', requireSignIn())
  .route('/repositories', repositoryRoutes)
  .route('/', permissionRoutes)
  .route('/', cloneRoutes)
  .route('/repositories', branchRoutes)
  .route('/repositories', codeRoutes)
  .route('/repositories', commitRoutes)
  .route('/repositories', archiveRoutes)
  .route('/repositories', pullRequestFeatureRoutes)
  .route('/repositories', triggerRoutes)
  .route('/repositories', blameRoutes)
  .route('/repositories', searchRoutes)
  .route('/repositories', repositoryHomeRoutes)
  .route('/repositories', lineCountsRoutes)
  .route('/approval-rule-templates', approvalRuleTemplateRoutes)
  .route('/dashboard', dashboardRoutes)
  .all('/*', (c) => c.json({ error: `No API route for ${c.req.method} ${c.req.path}` }, 404));

/** The routes as the browser's typed client sees them. */
export const routes = new Hono<AppEnv>().route('/api', apiRoutes);

/** Requests may carry a file of up to 6 MB, base64-encoded, and several of them in one commit. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** Builds the console's HTTP app around one shared context. */
export function createApp(
  bff: BffContext,
  options: {
    staticDir: string | undefined;
    trustedProxies: string[];
    instanceId?: string;
    tracerProvider?: TracerProvider | undefined;
  },
): Hono<AppEnv> {
  const { staticDir, trustedProxies } = options;
  const app = new Hono<AppEnv>().basePath(bff.basePath);
  app.onError(apiErrorHandler());
  if (options.tracerProvider) app.use(requestSpans(options.tracerProvider));
  app.use(requestId(), requestLog(bff.logger), bff.metrics.middleware());
  // Before the host check: load balancers and Prometheus ask each instance by its own address.
  app.route('/', healthRoutes(bff.readiness)).route('/', metricsRoutes(bff.metrics));
  app.use(securityHeaders(), instanceHeader(options.instanceId));
  app.use(
    createMiddleware<AppEnv>(async (c, next) => {
      c.set('bff', bff);
      await next();
    }),
    clientOrigin(trustedProxies),
    allowedHost(),
  );
  app.use(
    '/api/*',
    // JSON of a large folder or a long history shrinks tenfold; small answers are sent as they are.
    compress({ threshold: 1024 }),
    jsonLength(),
    codeCommitCallsHeader(),
    noStoreByDefault(),
    sameOrigin(),
    bodyLimit({ maxSize: MAX_BODY_BYTES }),
    session(),
    sharedChanges(),
  );
  app.route('/', routes);
  if (staticDir) app.use(webApp(staticDir, bff.basePath, firstPaint));
  app.notFound((c) => c.json({ error: 'Not found' }, 404));
  return app;
}
