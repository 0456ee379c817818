import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router, type RequestHandler } from 'express';
import { placeholderPage } from './placeholderPage.js';

/**
 * Serves the designer at `/designer/` and the end-user app at `/`, each a single-page app: a GET
 * for a path that is not a file gets the app's `index.html` (so deep links work), and `/api/*` is
 * never answered from here. A folder without `index.html` gets a "not built yet" page instead.
 * Hashed assets are cached for a year; `index.html` never, so a deploy shows at once.
 */
export function serveWebApps(roots: { readonly designer: string; readonly app: string }): Router {
  const router = Router();
  // Not `router.get('/designer')`: express ignores trailing slashes there, and would loop.
  router.use((req, res, next) => {
    if (req.path !== '/designer' || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    res.redirect(301, `/designer/${req.originalUrl.slice(req.path.length)}`);
  });
  router.use('/designer', staticFiles(roots.designer), spaFallback(roots.designer, 'Formwork Designer'));
  router.use((req, res, next) => (req.path.startsWith('/api/') || req.path === '/api' ? next('router') : next()));
  router.use(staticFiles(roots.app), spaFallback(roots.app, 'Formwork'));
  return router;
}

function staticFiles(root: string): RequestHandler {
  return express.static(root, {
    index: false,
    redirect: false,
    dotfiles: 'ignore',
    fallthrough: true,
    setHeaders: (res, path) => {
      res.set('Cache-Control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}

function spaFallback(root: string, appName: string): RequestHandler {
  const index = join(root, 'index.html');
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    // A missing script or image is a 404, not the HTML page (which would confuse the browser).
    if (/\.[A-Za-z0-9]{1,8}$/.test(req.path) && !req.path.endsWith('.html')) return next();
    res.set('Cache-Control', 'no-cache');
    if (existsSync(index)) return res.sendFile(index);
    res.type('html').send(placeholderPage(appName));
  };
}
