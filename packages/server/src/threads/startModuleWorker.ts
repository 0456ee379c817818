import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread on the module `name` beside the caller (`callerUrl`: its
 * `import.meta.url`). Built, the caller is a `.js` file and so is the worker. When the caller runs
 * from its TypeScript source (the tests), the worker loads `name.ts` through tsx, resolving
 * workspace packages by their `source` export condition as the tests' resolver does.
 *
 * @example
 * const worker = startModuleWorker(import.meta.url, 'importWorker', { workerData });
 */
export function startModuleWorker(callerUrl: string, name: string, options: WorkerOptions): Worker {
  const fromSource = callerUrl.endsWith('.ts');
  const url = new URL(`./${name}.${fromSource ? 'ts' : 'js'}`, callerUrl);
  if (!fromSource) return new Worker(url, options);
  // `--import tsx` in a worker's execArgv is not applied to its entry module on Node 20; tsx's
  // `tsImport` loads the module (and what it imports) through tsx all the same.
  const tsxApi = tsxEsmApiUrl(callerUrl);
  const boot = `import(${JSON.stringify(tsxApi)}).then(({ tsImport }) => tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(tsxApi)}))`;
  return new Worker(boot, { ...options, eval: true, execArgv: [...(options.execArgv ?? []), '--conditions=source'] });
}

/** tsx's ESM API (`import` condition of `tsx/esm/api`); `require.resolve` would give its CommonJS twin. */
function tsxEsmApiUrl(callerUrl: string): string {
  const manifestPath = createRequire(callerUrl).resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  const entry = manifest.exports['./esm/api']?.import.default;
  if (!entry) throw new Error('tsx has no ./esm/api export');
  return new URL(entry, pathToFileURL(manifestPath)).href;
}
