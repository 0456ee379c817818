import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleAppBundle } from './testing/exampleAppBundle.js';
import { exampleDashboard } from './testing/exampleDashboard.js';
import { exampleForm } from './testing/exampleForm.js';
import { exampleScoring } from './testing/exampleScoring.js';
import { exampleWorkflow } from './testing/exampleWorkflow.js';

// The designer parses documents in a page whose Content-Security-Policy has no 'unsafe-eval':
// nothing on the parse path may compile code from strings (ajv's `compile` does, with `new Function`).

const documentsDir = fileURLToPath(new URL('.', import.meta.url));

function parsePathSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : parsePathSources(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Makes every way of compiling a string throw, as the browser does under the policy. */
function forbidStringCompilation(): () => void {
  const realFunction = globalThis.Function;
  const realEval = Object.getOwnPropertyDescriptor(globalThis, 'eval');
  const refuse = (): never => {
    throw new EvalError("Refused to evaluate a string as JavaScript because 'unsafe-eval' is not an allowed source of script");
  };
  const trap = new Proxy(realFunction, { apply: refuse, construct: refuse });
  globalThis.Function = trap;
  Object.defineProperty(globalThis, 'eval', { value: refuse, writable: true, configurable: true });
  // `(function () {}).constructor` reaches Function without naming it.
  Object.defineProperty(realFunction.prototype, 'constructor', { value: trap, writable: true, configurable: true });
  return () => {
    Object.defineProperty(realFunction.prototype, 'constructor', { value: realFunction, writable: true, configurable: true });
    if (realEval !== undefined) Object.defineProperty(globalThis, 'eval', realEval);
    globalThis.Function = realFunction;
  };
}

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

describe('parsing under a Content-Security-Policy without unsafe-eval', () => {
  it('is what the trap enforces: ajv compiling at run time fails under it', () => {
    restore = forbidStringCompilation();
    expect(() => new Ajv2020({ logger: false }).compile({ type: 'string' })).toThrow(/unsafe-eval/);
  });

  it('loads the parsers and checks valid and faulty documents of every kind without compiling code', async () => {
    restore = forbidStringCompilation();
    vi.resetModules();
    // Loaded afresh under the trap, so that nothing compiled at import time slips past it either.
    const { parseDocument } = await import('./parseDocument.js');
    const { parseFormSchema } = await import('./form/parseFormSchema.js');
    for (const document of [exampleForm, exampleWorkflow, exampleScoring, exampleDashboard, exampleAppBundle]) {
      expect(parseDocument(document).ok, document.kind).toBe(true);
    }
    const faulty = { ...exampleForm, fields: exampleForm.fields.map((field, index) => (index === 1 ? { ...field, label: '' } : field)) };
    const result = parseFormSchema(faulty);
    expect(result.ok ? [] : result.errors.map((issue) => [issue.pointer, issue.code])).toEqual([['/fields/1/label', 'tooShort']]);
    const faultyBundle = { ...exampleAppBundle, app: { ...exampleAppBundle.app, name: 7 } };
    const bundleResult = parseDocument(faultyBundle);
    expect(bundleResult.ok ? [] : bundleResult.errors.map((issue) => issue.pointer)).toEqual(['/app/name']);
  });
});

describe('the parse path', () => {
  const sources = parsePathSources(documentsDir).map((file) => ({ file: relative(documentsDir, file), text: readFileSync(file, 'utf8') }));

  it('includes the precompiled validators', () => {
    expect(sources.filter(({ file }) => file.startsWith('generated')).length).toBeGreaterThanOrEqual(10);
  });

  it('compiles no code from strings', () => {
    const offenders = sources.filter(({ text }) => /\bnew Function\s*\(|\bFunction\s*\(\s*['"`]|\beval\s*\(/.test(text)).map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  it('loads nothing of ajv but its runtime helpers, and never its compiler', () => {
    const offenders = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/^import\s+(?!type\b)[^'"]*from\s+['"](ajv[^'"]*)['"]/gm)]
        .map((match) => match[1] ?? '')
        .filter((specifier) => !/^ajv\/dist\/runtime\/\w+\.js$/.test(specifier))
        .map((specifier) => `${file} imports ${specifier}`),
    );
    const compiles = sources.filter(({ text }) => /\.compile\s*\(|compileMetaSchema|ajv\/dist\/standalone/.test(text)).map(({ file }) => `${file} compiles a schema`);
    expect([...offenders, ...compiles]).toEqual([]);
  });
});
