// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// echarts is big; the fill page must never load it. The charts entry is reached only through a
// dynamic import(), so a static import from the renderer or the app into it (or into echarts)
// would pull it into the main bundle. This walks the static import graph to catch that.
const srcDir = fileURLToPath(new URL('../../', import.meta.url));

function staticImportsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  // `import … from '…'`, `export … from '…'` and bare `import '…'`; not `import('…')`.
  return [...source.matchAll(/^\s*(?:import|export)\s(?:[^'"]*?\sfrom\s)?['"]([^'"]+)['"]/gm)].map((match) => match[1] ?? '');
}

function resolveSource(from: string, specifier: string): string | undefined {
  const base = join(dirname(from), specifier);
  const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx')];
  return candidates.find((candidate) => /\.(ts|tsx)$/.test(candidate) && existsSync(candidate));
}

function reachable(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of staticImportsOf(file)) {
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      const target = resolveSource(file, specifier);
      if (target !== undefined) pending.push(target);
    }
  }
  return { files, packages };
}

describe('the charts entry stays out of the fill page', () => {
  it.each(['app/main.tsx', 'react/index.ts'])('%s reaches neither echarts nor react/charts by a static import', (entry) => {
    const { files, packages } = reachable(join(srcDir, entry));
    expect(files.size).toBeGreaterThan(10);
    expect([...packages].filter((name) => name.startsWith('echarts'))).toEqual([]);
    expect([...files].map((file) => relative(srcDir, file)).filter((file) => file.startsWith(join('react', 'charts')))).toEqual([]);
  });

  it('the charts entry itself does reach echarts (the walk would see it)', () => {
    const { packages } = reachable(join(srcDir, 'react/charts/index.ts'));
    expect(packages).toContain('echarts/core');
    expect([...packages].filter((name) => name === 'echarts')).toEqual([]);
  });
});

describe('the approval pages stay out of the fill page', () => {
  it('app/main.tsx reaches no file of app/tasks (the inbox, task page and timeline, and their strings) by a static import', () => {
    const { files } = reachable(join(srcDir, 'app/main.tsx'));
    expect(files.has(join(srcDir, 'app/pages/TasksPage.tsx'))).toBe(true);
    expect([...files].map((file) => relative(srcDir, file)).filter((file) => file.startsWith(join('app', 'tasks')))).toEqual([]);
  });
});

describe('the performance pages stay out of the fill page', () => {
  it('app/main.tsx reaches no file of app/performance (my performance, targets and their strings) by a static import', () => {
    const { files } = reachable(join(srcDir, 'app/main.tsx'));
    expect(files.has(join(srcDir, 'app/pages/PerformancePage.tsx'))).toBe(true);
    expect([...files].map((file) => relative(srcDir, file)).filter((file) => file.startsWith(join('app', 'performance')))).toEqual([]);
  });
});
