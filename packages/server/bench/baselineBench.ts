import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runSubmitThroughput, type SubmitThroughputResult } from './submitThroughput.js';

/** What each build did over the rounds, and the ratio of their medians. */
export interface BaselineComparison {
  readonly clients: number;
  readonly current: readonly SubmitThroughputResult[];
  readonly baseline: readonly SubmitThroughputResult[];
  /** Median records/s of this build ÷ median of the baseline's (1 = as fast). */
  readonly ratio: number;
}

/**
 * Submit throughput on SQLite of this build against another build of Formwork — a checkout with its
 * server built (`packages/server/dist/cli.js`), e.g. the commit before a refactoring — in the same
 * run: the same driver, the same form, `rounds` rounds alternating which build goes first, each on a
 * fresh data folder, so that a machine getting busier weighs on both alike.
 */
export async function runBaselineBench(baselineCheckout: string, clientCounts: readonly number[], seconds: number, rounds: number): Promise<BaselineComparison[]> {
  const baselineCli = resolve(baselineCheckout, 'packages/server/dist/cli.js');
  const root = mkdtempSync(join(tmpdir(), 'formwork-baseline-'));
  try {
    const comparisons: BaselineComparison[] = [];
    for (const clients of clientCounts) {
      const current: SubmitThroughputResult[] = [];
      const baseline: SubmitThroughputResult[] = [];
      for (let round = 0; round < rounds; round++) {
        const runCurrent = async () => current.push(await runSubmitThroughput({ dataDir: mkdtempSync(join(root, 'current-')), databaseUrl: null }, 1, clients, seconds));
        const runBaseline = async () => baseline.push(await runSubmitThroughput({ dataDir: mkdtempSync(join(root, 'baseline-')), databaseUrl: null, cli: baselineCli }, 1, clients, seconds));
        if (round % 2 === 0) {
          await runBaseline();
          await runCurrent();
        } else {
          await runCurrent();
          await runBaseline();
        }
      }
      comparisons.push({ clients, current, baseline, ratio: medianRate(current) / medianRate(baseline) });
    }
    return comparisons;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The median records per second of some runs. */
export function medianRate(results: readonly SubmitThroughputResult[]): number {
  const rates = results.map((result) => result.recordsPerSecond).sort((a, b) => a - b);
  const middle = Math.floor(rates.length / 2);
  if (rates.length === 0) return 0;
  return rates.length % 2 === 1 ? (rates[middle] ?? 0) : ((rates[middle - 1] ?? 0) + (rates[middle] ?? 0)) / 2;
}
