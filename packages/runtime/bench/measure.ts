/**
 * A tiny benchmark harness: warm up, then run in growing batches until at least `minMs` have
 * passed, and report operations per second. Baseline and contender are measured in the same
 * process, one after the other, so their ratio is meaningful even on a busy machine.
 */

/** One line of a benchmark report. */
export interface BenchResult {
  readonly name: string;
  /** What `theirs` measures, e.g. `json-logic-js 2.0.5 apply`. */
  readonly baseline: string;
  /** Operations per second. */
  readonly ours: number;
  readonly theirs: number;
  /** ours / theirs: above 1 means faster than the baseline. */
  readonly ratio: number;
  /** The bar we hold ourselves to, e.g. `≥ 5×`. */
  readonly aim: string;
}

export interface MeasureOptions {
  readonly warmupMs?: number;
  readonly minMs?: number;
}

// Results flow here so the optimiser cannot drop the work being measured.
let sink: unknown;

/** Operations per second of `operation` (each call counts as one operation). */
export function measure(operation: () => unknown, { warmupMs = 100, minMs = 300 }: MeasureOptions = {}): number {
  const warmupEnd = performance.now() + warmupMs;
  while (performance.now() < warmupEnd) sink = operation();
  let batch = 1;
  let operations = 0;
  let elapsed = 0;
  while (elapsed < minMs) {
    const start = performance.now();
    for (let index = 0; index < batch; index += 1) sink = operation();
    elapsed += performance.now() - start;
    operations += batch;
    if (batch < 1 << 20) batch *= 2;
  }
  return (operations / elapsed) * 1000;
}

/**
 * Measures ours and theirs side by side and makes the report line. The two take turns for a few
 * rounds and each keeps its best round, so a burst of load from other processes on a shared
 * machine does not land on one side only.
 */
export function compare(name: string, baseline: string, aim: string, ours: () => unknown, theirs: () => unknown, rounds = 3, options?: MeasureOptions): BenchResult {
  let theirsOps = 0;
  let oursOps = 0;
  for (let round = 0; round < rounds; round += 1) {
    theirsOps = Math.max(theirsOps, measure(theirs, options));
    oursOps = Math.max(oursOps, measure(ours, options));
  }
  return { name, baseline, ours: oursOps, theirs: theirsOps, ratio: oursOps / theirsOps, aim };
}

/** Keeps the last result alive (read it to make sure benchmarks computed something). */
export function lastResult(): unknown {
  return sink;
}
