import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

// The engine runs in the browser and on the server: it must load with React (and the DOM) gone,
// and its sources must not reach for host APIs, the clock or randomness.
vi.mock('react', () => {
  throw new Error('the engine imported react');
});
vi.mock('react-dom', () => {
  throw new Error('the engine imported react-dom');
});

const engineDir = fileURLToPath(new URL('.', import.meta.url));

function engineSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : engineSources(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('the engine', () => {
  // Transforming the whole engine (its generated validators alone are ~40k lines) takes seconds on
  // a busy two-core machine: this test is about what loads, not how fast.
  it('loads with React mocked away and exposes its API', { timeout: 60_000 }, async () => {
    const engine = await import('./index.js');
    expect(typeof engine.resolveLocale).toBe('function');
    expect(Object.keys(engine).length).toBeGreaterThan(1);
  });

  it('imports no framework, host module or outside folder', () => {
    const offenders = engineSources(engineDir).flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      const specifiers = [...source.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? '');
      return specifiers
        .filter((spec) => {
          if (spec.startsWith('.')) return relative(engineDir, join(file, '..', spec)).startsWith('..');
          return !/^ajv(\/|$)|^ajv-formats$/.test(spec);
        })
        .map((spec) => `${relative(engineDir, file)} imports ${spec}`);
    });
    expect(offenders).toEqual([]);
  });

  it('never reads the clock or randomness itself', () => {
    const offenders = engineSources(engineDir).filter((file) =>
      /Date\.now\(\)|new Date\(\)|Math\.random\(\)|performance\.now\(\)|crypto\.getRandomValues/.test(
        readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ''),
      ),
    );
    expect(offenders.map((file) => relative(engineDir, file))).toEqual([]);
  });
});
