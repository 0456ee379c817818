import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

let server: TestServer | undefined;
let webDir: string | undefined;
afterEach(async () => {
  await server?.close();
  if (webDir) rmSync(webDir, { recursive: true, force: true });
});

function buildFakeApps(): { designer: string; app: string } {
  webDir = mkdtempSync(join(tmpdir(), 'formwork-web-'));
  const designer = join(webDir, 'designer');
  const app = join(webDir, 'app');
  for (const [root, title] of [[designer, 'Designer build'], [app, 'App build']] as const) {
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), `<!doctype html><title>${title}</title><h1>${title}</h1>`);
    writeFileSync(join(root, 'assets', 'main-abc123.js'), `console.log(${JSON.stringify(title)});`);
  }
  return { designer, app };
}

describe('the web apps', () => {
  it('serves a "not built yet" page for each app when its folder is missing', async () => {
    server = await startTestServer();
    const app = await server.anonymous().get<string>('/');
    expect(app.status).toBe(200);
    expect(app.headers.get('content-type')).toMatch(/text\/html/);
    expect(app.body).toContain('<h1>Formwork</h1>');
    expect(app.body).toContain('pnpm run build');
    const designer = await server.anonymous().get<string>('/designer/');
    expect(designer.body).toContain('<h1>Formwork Designer</h1>');
  });

  it('serves the built files, and index.html for any other page path (SPA fallback)', async () => {
    server = await startTestServer({ settings: { webRoots: buildFakeApps() } });
    const client = server.anonymous();
    expect((await client.get<string>('/')).body).toContain('App build');
    expect((await client.get<string>('/forms/frm_1/fill')).body).toContain('App build');
    expect((await client.get<string>('/designer/')).body).toContain('Designer build');
    expect((await client.get<string>('/designer/apps/app_1/forms')).body).toContain('Designer build');
    const asset = await client.get<string>('/designer/assets/main-abc123.js');
    expect(asset.body).toContain('Designer build');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await client.get('/')).headers.get('cache-control')).toBe('no-cache');
  });

  it('redirects /designer to /designer/', async () => {
    server = await startTestServer();
    const response = await server.anonymous().get('/designer?lang=en');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/designer/?lang=en');
  });

  it('answers a missing asset with 404, not the page', async () => {
    server = await startTestServer({ settings: { webRoots: buildFakeApps() } });
    expect((await server.anonymous().get('/assets/missing-123.js')).status).toBe(404);
  });

  it('never answers /api paths with a page', async () => {
    server = await startTestServer({ settings: { webRoots: buildFakeApps() } });
    const response = await server.anonymous().get<{ error: { code: string } }>('/api/does/not/exist');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });

  it('sends the security headers with pages and no x-powered-by', async () => {
    server = await startTestServer();
    const response = await server.anonymous().get('/');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});
