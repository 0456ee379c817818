import { benchForm } from './form.bench.js';
import { benchRules } from './rules.bench.js';
import { benchWorkflow } from './workflow.bench.js';
import type { BenchResult } from './measure.js';

/**
 * Runs every benchmark module of this folder that it knows about and prints one table with the
 * ratio to each baseline. Add a module by adding its entry below.
 *
 * Run: `pnpm --filter @formwork/runtime bench` (or `cd packages/runtime && npx tsx bench/run.ts`).
 */
const modules: readonly { readonly title: string; readonly run: () => BenchResult[] }[] = [
  { title: 'rules', run: benchRules },
  { title: 'form', run: benchForm },
  { title: 'workflow', run: benchWorkflow },
];

const opsPerSecond = (value: number): string =>
  value >= 1e6 ? `${(value / 1e6).toFixed(2)} M/s` : value >= 1e3 ? `${(value / 1e3).toFixed(1)} k/s` : `${value.toFixed(1)} /s`;

const rows: string[][] = [['module', 'benchmark', 'ours', 'baseline', 'theirs', 'ratio', 'aim']];
for (const module of modules) {
  for (const result of module.run()) {
    rows.push([module.title, result.name, opsPerSecond(result.ours), result.baseline, opsPerSecond(result.theirs), `${result.ratio.toFixed(1)}×`, result.aim]);
  }
}

const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
const line = (row: readonly string[]): string => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
console.log(line(rows[0] ?? []));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const row of rows.slice(1)) console.log(line(row));
