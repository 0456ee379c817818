import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import type { Renderer, Scenario } from './benchPage.js';
import type { RenderTiming } from './timing.js';

/**
 * The renderer benchmark: Formwork's FormRenderer beside SurveyJS (survey-core + survey-react-ui)
 * in one headless Chromium run, on a 500-field form and a 200-row subform: time to first render
 * (compile/parse + render + layout) and time from a keystroke in a number field to the
 * recomputed total on screen (layout included). Each measurement runs on a fresh page, the two
 * renderers take turns, and each keeps its best of `rounds`.
 *
 * Run: `cd packages/runtime && npx tsx bench/render/runRenderBench.ts` (needs Chromium:
 * /usr/bin/chromium or FORMWORK_CHROMIUM).
 */
const rounds = Number(process.env['FORMWORK_BENCH_ROUNDS'] ?? 3);
const here = fileURLToPath(new URL('.', import.meta.url));
const runtimeRoot = join(here, '..', '..');

async function buildPage(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'formwork-render-bench-'));
  await build({
    configFile: false,
    root: here,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    resolve: { conditions: ['source'] },
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
    // Production React: the benchmark measures what users get.
    define: { 'process.env.NODE_ENV': '"production"' },
    envDir: runtimeRoot,
  });
  return outDir;
}

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
  const server = createServer((req, res) => {
    const path = normalize(join(dir, decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')));
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('content-type', types[extname(file)] ?? 'application/octet-stream');
    res.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
    }),
  );
}

async function measure(browser: Browser, url: string, renderer: Renderer, scenario: Scenario): Promise<RenderTiming> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  try {
    await page.goto(url);
    await page.waitForFunction(() => typeof window.runBench === 'function');
    return await page.evaluate(([r, s]) => window.runBench(r, s), [renderer, scenario] as const);
  } finally {
    await page.close();
  }
}

function chromiumPath(): string {
  const found = [process.env['FORMWORK_CHROMIUM'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Chromium not found: apt-get install chromium, or set FORMWORK_CHROMIUM');
  return found;
}

async function main(): Promise<void> {
  const dir = await buildPage();
  const { server, url } = await serve(dir);
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const rows: string[][] = [['scenario', 'metric', 'Formwork', 'SurveyJS', 'ratio (SurveyJS / Formwork)', 'aim']];
  try {
    for (const scenario of ['wide500', 'subform200'] as const) {
      const best: Record<Renderer, RenderTiming> = {
        formwork: { firstRenderMs: Infinity, keystrokeMs: Infinity },
        surveyjs: { firstRenderMs: Infinity, keystrokeMs: Infinity },
      };
      for (let round = 0; round < rounds; round++) {
        for (const renderer of ['surveyjs', 'formwork'] as const) {
          const timing = await measure(browser, url, renderer, scenario);
          best[renderer] = {
            firstRenderMs: Math.min(best[renderer].firstRenderMs, timing.firstRenderMs),
            keystrokeMs: Math.min(best[renderer].keystrokeMs, timing.keystrokeMs),
          };
        }
      }
      const label = scenario === 'wide500' ? '500 fields' : 'subform, 200 rows';
      for (const metric of ['firstRenderMs', 'keystrokeMs'] as const) {
        const ours = best.formwork[metric];
        const theirs = best.surveyjs[metric];
        rows.push([label, metric === 'firstRenderMs' ? 'first render' : 'keystroke → screen', `${ours.toFixed(1)} ms`, `${theirs.toFixed(1)} ms`, `${(theirs / ours).toFixed(1)}×`, '> 1× (faster)']);
      }
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  const line = (row: readonly string[]): string => row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ');
  console.log(line(rows[0] ?? []));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));
}

await main();
