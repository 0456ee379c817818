import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { benchForm } from './benchForm.js';

// The designer on a 500-field form against a 50-field one, side by side in one run, in headless
// Chromium against the built server: time to open the form, to select a field, and to drop a new
// field from the palette. Needs `pnpm build` first. Prints medians of a few runs and the ratios.
// A long form renders only the cards in view (each says `aria-setsize`): the field count is read
// from there, and the card to select is scrolled into view before the click is timed.

const sizes = [50, 500] as const;
const runs = 5;
// FORMWORK_BENCH_URL measures a server already running (with FORMWORK_ADMIN_USER/PASSWORD).
const external = process.env['FORMWORK_BENCH_URL'];
const admin = {
  username: external ? (process.env['FORMWORK_ADMIN_USER'] ?? 'admin') : 'admin',
  password: external ? (process.env['FORMWORK_ADMIN_PASSWORD'] ?? '') : 'bench-Admin-password-1',
};

async function main(): Promise<void> {
  const server = external ? { url: external, stop: async () => undefined } : await startBuiltServer();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const login = await page.request.post(`${server.url}/api/auth/login`, { data: admin });
    if (!login.ok()) throw new Error(`login failed: ${login.status()}`);
    const app = (await (await page.request.post(`${server.url}/api/apps`, { data: { name: 'Bench' } })).json()) as { id: string };
    const results: Record<number, { open: number; select: number; drop: number }> = {};
    for (const size of sizes) {
      const created = await page.request.post(`${server.url}/api/apps/${app.id}/forms`, { data: { schema: benchForm(size) } });
      if (!created.ok()) throw new Error(`creating the ${size}-field form failed: ${await created.text()}`);
      const form = (await created.json()) as { id: string };
      const url = `${server.url}/designer/?lang=en#/apps/${app.id}/forms/${form.id}`;
      const samples = { open: [] as number[], select: [] as number[], drop: [] as number[] };
      for (let run = 0; run < runs; run++) {
        samples.open.push(await timeOpen(page, url, size));
        samples.select.push(await timeSelect(page, size));
        samples.drop.push(await timeDrop(page, size));
        // Undo the drop, so that no unsaved change is kept (and restored) for the next run.
        await page.locator('body').press('Control+z');
        await page.waitForFunction(fieldCountIs, size);
      }
      results[size] = { open: median(samples.open), select: median(samples.select), drop: median(samples.drop) };
    }
    const [small, large] = sizes.map((size) => results[size]!);
    console.log(`designer benchmark (median of ${runs} runs, ms)`);
    console.log('fields   open     select   drop');
    for (const size of sizes) {
      const r = results[size]!;
      console.log(`${String(size).padEnd(8)} ${fmt(r.open)} ${fmt(r.select)} ${fmt(r.drop)}`);
    }
    console.log(`ratio    ${fmt(large!.open / small!.open, 'x')} ${fmt(large!.select / small!.select, 'x')} ${fmt(large!.drop / small!.drop, 'x')}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** From navigation to every card on the canvas. */
async function timeOpen(page: Page, url: string, size: number): Promise<number> {
  await page.goto('about:blank');
  const start = Date.now();
  await page.goto(url);
  await page
    .waitForFunction(fieldCountIs, size, { polling: 'raf', timeout: 60_000 })
    .catch(async (error: unknown) => {
      await page.screenshot({ path: join(tmpdir(), 'designer-bench-failure.png') });
      throw error;
    });
  return Date.now() - start;
}

/** The number of fields on the canvas: a windowed list's `aria-setsize`, else the cards counted. */
function fieldCountIs(count: number): boolean {
  const windowed = document.querySelector('[data-field-id][aria-setsize]');
  return (windowed ? Number(windowed.getAttribute('aria-setsize')) : document.querySelectorAll('[data-field-id]').length) === count;
}

/** From a click on a card in the middle to its settings shown (two frames: layout included). */
async function timeSelect(page: Page, size: number): Promise<number> {
  const id = `f_${Math.ceil(size / 2) + 1}`;
  // Untimed: scroll the canvas until the card is there and in view (a windowed list renders it then).
  await page.evaluate(async (fieldId) => {
    const canvas = document.querySelector('.fw-canvas') as HTMLElement;
    for (let step = 0; step < 200 && !document.querySelector(`[data-field-id="${fieldId}"]`); step++) {
      canvas.scrollTop += canvas.clientHeight / 2;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
    document.querySelector(`[data-field-id="${fieldId}"]`)?.scrollIntoView({ block: 'center' });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, id);
  return page.evaluate(async (fieldId) => {
    const head = document.querySelector(`[data-field-id="${fieldId}"] [role="button"]`) as HTMLElement | null;
    if (!head) throw new Error(`no card ${fieldId}`);
    const start = performance.now();
    head.click();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const label = document.querySelector('.fw-properties input') as HTMLInputElement | null;
    if (!label?.value.startsWith('Field ')) throw new Error('the settings did not show');
    return performance.now() - start;
  }, id);
}

/** From releasing a palette item over the canvas to the new card on it. */
async function timeDrop(page: Page, size: number): Promise<number> {
  // Untimed: back to the top of the canvas, where the drop goes.
  await page.evaluate(async () => {
    (document.querySelector('.fw-canvas') as HTMLElement).scrollTop = 0;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  const source = await page.getByRole('button', { name: 'Add field: Number' }).boundingBox();
  const target = await page.locator('[data-field-id="f_1"]').boundingBox();
  if (!source || !target) throw new Error('drag ends not visible');
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + source.width / 2 + 10, source.y + source.height / 2 + 10, { steps: 3 });
  await page.mouse.move(target.x + target.width / 2, target.y + target.height - 4, { steps: 10 });
  await page.evaluate((count) => {
    const w = window as unknown as { dropDone?: Promise<number> };
    w.dropDone = new Promise((resolve) => {
      // No named helper here: tsx would wrap it in a `__name` call the page does not have.
      const observer = new MutationObserver(() => {
        const windowed = document.querySelector('[data-field-id][aria-setsize]');
        const fields = windowed ? Number(windowed.getAttribute('aria-setsize')) : document.querySelectorAll('[data-field-id]').length;
        if (fields > count) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-setsize'] });
    });
  }, size);
  const start = await page.evaluate(() => performance.now());
  await page.mouse.up();
  const end = await page.evaluate(() => (window as unknown as { dropDone: Promise<number> }).dropDone);
  return end - start;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function fmt(value: number, suffix = ''): string {
  return `${value.toFixed(1)}${suffix}`.padEnd(8);
}

async function startBuiltServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const cli = fileURLToPath(new URL('../../server/dist/cli.js', import.meta.url));
  if (!existsSync(cli)) throw new Error('Build first: pnpm build');
  const dataDir = mkdtempSync(join(tmpdir(), 'formwork-bench-'));
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0'], {
    env: { ...process.env, FORMWORK_DATA_DIR: dataDir, FORMWORK_ADMIN_USER: admin.username, FORMWORK_ADMIN_PASSWORD: admin.password },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${printed}`)), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      const match = /running at (http:\/\/[^\s/]+)/i.exec(printed);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited (${String(code)}):\n${printed}`)));
  });
  return {
    url,
    stop: async () => {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

await main();

function chromiumPath(): string {
  const found = [process.env['FORMWORK_CHROMIUM'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (path): path is string => typeof path === 'string' && existsSync(path),
  );
  if (!found) throw new Error('Chromium was not found: apt-get install -y chromium, or set FORMWORK_CHROMIUM');
  return found;
}
