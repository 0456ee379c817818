import express, { type Express } from 'express';
import type { AppDeps } from './AppDeps.js';
import { authenticateRequest } from './auth/authenticateRequest.js';
import { LoginRateLimiter } from './auth/LoginRateLimiter.js';
import type { ApiRouter } from './http/ApiRouter.js';
import { csrfGuard } from './http/csrfGuard.js';
import { apiNotFound, errorHandler } from './http/errorHandler.js';
import { parseJsonBody } from './http/parseJsonBody.js';
import { securityHeaders } from './http/securityHeaders.js';
import { consoleLogger } from './Logger.js';
import { publicLinkPublishHook } from './publicForms/publicLinkPublishHook.js';
import { createConversionHook } from './records/createConversionHook.js';
import { createTargetChangeLimitHook } from './targets/createTargetChangeLimitHook.js';
import { aggregateRoutes } from './routes/aggregates.js';
import { appRoutes } from './routes/apps.js';
import { authRoutes } from './routes/auth.js';
import { dashboardRoutes } from './routes/dashboards.js';
import { scoringRoutes } from './routes/scorings.js';
import { targetClaimRoutes } from './routes/targetClaims.js';
import { targetRoutes } from './routes/targets.js';
import { departmentRoutes } from './routes/departments.js';
import { roleRoutes } from './routes/roles.js';
import { fileRoutes } from './routes/files.js';
import { formRoutes } from './routes/forms.js';
import { importExportRoutes } from './routes/importExport.js';
import { openApiRoutes } from './routes/openapi.js';
import { publicFormRoutes } from './routes/publicForms.js';
import { recordRoutes } from './routes/records.js';
import { userRoutes } from './routes/users.js';
import { userImportRoutes } from './routes/userImport.js';
import { taskRoutes } from './routes/tasks.js';
import { templateRoutes } from './routes/templates.js';
import { workbenchRoutes } from './routes/workbench.js';
import type { ServerContext } from './ServerContext.js';
import { serveWebApps } from './web/serveWebApps.js';

/** The express app and the context its routers share (tests reach the stores through it). */
export interface FormworkApp {
  readonly app: Express;
  readonly context: ServerContext;
}

/**
 * Builds the whole server without listening: security headers, then for `/api` the CSRF guard,
 * the JSON body parser, authentication and the routers, the 404 and the error envelope; then the
 * two web apps. `listen()` is the caller's (see `startServer`), so tests can use port 0.
 *
 * @example
 * const storage = await openStorage(settings, Date.now);
 * const { app } = createApp({ storage, settings, now: Date.now, randomBytes });
 * app.listen(0);
 */
export function createApp(deps: AppDeps): FormworkApp {
  const { settings } = deps;
  const randomId = deps.randomId ?? (() => deps.randomBytes(10).toString('hex'));
  const { stores } = deps.storage;
  const context: ServerContext = {
    stores,
    blobs: deps.storage.blobs,
    storageAddress: deps.storage.address,
    settings,
    now: deps.now,
    randomBytes: deps.randomBytes,
    newId: (prefix) => `${prefix}_${randomId()}`,
    logger: deps.logger ?? consoleLogger,
    loginLimiter: new LoginRateLimiter(stores.loginAttempts, stores.transaction, settings.loginRateLimit, deps.now),
    // The records layer converts stored values when a publish changes a field's type.
    formPublishHooks: [publicLinkPublishHook, createConversionHook(settings), ...(deps.formPublishHooks ?? [])],
    // However a target is written (records API, batch, import, a flow), its change limit holds (#13).
    recordWriteHooks: [createTargetChangeLimitHook(settings)],
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', settings.trustProxy);
  app.set('query parser', 'simple');
  app.use(securityHeaders);

  const routers: ApiRouter[] = [authRoutes(context), userRoutes(context), userImportRoutes(context), departmentRoutes(context), roleRoutes(context), appRoutes(context), formRoutes(context), dashboardRoutes(context), scoringRoutes(context), targetRoutes(context), targetClaimRoutes(context), recordRoutes(context), aggregateRoutes(context), importExportRoutes(context), fileRoutes(context), publicFormRoutes(context), taskRoutes(context), templateRoutes(context), workbenchRoutes(context)];
  const docs = () => routers.flatMap((router) => router.docs);
  routers.push(openApiRoutes(docs));

  // Routes that document X-Requested-With take raw file bodies; the guard names that header to them.
  const uploadPaths = docs().filter((doc) => doc.headers?.['X-Requested-With'] !== undefined).map((doc) => doc.path);
  const jsonBody = parseJsonBody({ limitBytes: settings.jsonBodyLimitBytes, maxDepth: settings.jsonMaxDepth });
  // Anyone may write to a public form: its bodies get a limit of their own, far below a signed-in user's.
  const publicJsonBody = parseJsonBody({ limitBytes: settings.publicForms.bodyLimitBytes, maxDepth: settings.jsonMaxDepth });
  const readJsonBody: express.RequestHandler = (req, res, next) => (req.path.startsWith('/public/') ? publicJsonBody : jsonBody)(req, res, next);
  app.use('/api', csrfGuard({ trustProxy: settings.trustProxy, uploadPaths }), readJsonBody, authenticateRequest(context));
  for (const router of routers) app.use(router.router);
  app.use('/api', apiNotFound);
  app.use(serveWebApps(settings.webRoots));
  app.use(errorHandler(context.logger));
  return { app, context };
}
