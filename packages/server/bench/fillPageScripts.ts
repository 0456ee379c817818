import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The JavaScript a phone downloads to open the app's fill page (`/fill/:formId`), before any lazy chunk. */
export interface FillPageScripts {
  /** The files, entry first, as the build named them. */
  readonly files: readonly string[];
  readonly rawBytes: number;
  /** Each file gzipped on its own (level 9), as a server or CDN would send it. */
  readonly gzipBytes: number;
}

/**
 * The fill page's scripts in a built app (`packages/runtime` `build:web` output): the entry
 * `index.html` loads and every chunk it imports statically, followed through the chunks. Lazily
 * loaded chunks (`import("./…")`: dashboards, tasks, performance, the China regions of an address
 * field) are left out — the fill route renders none of them (FillPage is imported statically by
 * App; its address field loads its regions only when a form has one).
 *
 * @example
 * fillPageScripts('packages/runtime/dist-app') // { files: ['index-….js'], rawBytes: 613796, gzipBytes: … }
 */
export function fillPageScripts(distDir: string): FillPageScripts {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]*\bsrc="\/assets\/([^"]+\.js)"|<link[^>]*rel="modulepreload"[^>]*href="\/assets\/([^"]+\.js)"/g)].map((match) => match[1] ?? match[2] ?? '');
  const files: string[] = [];
  const visit = (file: string): void => {
    if (file === '' || files.includes(file)) return;
    files.push(file);
    const code = readFileSync(join(distDir, 'assets', file), 'utf8');
    // Static imports only: `import{a}from"./x.js"`, `import"./x.js"`; a dynamic `import("./x.js")` has a parenthesis.
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)) visit(match[1] ?? '');
  };
  entries.forEach(visit);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(join(distDir, 'assets', file));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, rawBytes, gzipBytes };
}

/** The runtime package of this checkout. */
const runtimeDir = join(dirname(fileURLToPath(import.meta.url)), '../../runtime');

/**
 * Builds this checkout's end-user app (`vite build`, as `build:web` does) into a temporary
 * folder and measures its fill page, so the figure is of the code as it is, not of an older build.
 */
export function buildFillPageScripts(): FillPageScripts {
  const outDir = mkdtempSync(join(tmpdir(), 'formwork-fill-build-'));
  try {
    const built = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: runtimeDir, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`vite build of the app failed (${String(built.status)}): ${built.stderr}`);
    return fillPageScripts(outDir);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * The fill page at commit 274dbde, #14's baseline, as `fillPageScripts` measured it on that
 * commit's `vite build` (a worktree: `git worktree add /tmp/k-before 274dbde`, the checkout's
 * node_modules linked in — the lockfile has not changed since — then `npx vite build` in
 * packages/runtime). `BENCH_FILL_BASELINE=<a built dist-app folder>` measures a baseline in the run instead.
 */
export const fillPageAt274dbde: FillPageScripts = { files: ['index-DoyuDXk-.js'], rawBytes: 613_911, gzipBytes: 195_583 };
