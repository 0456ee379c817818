import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createApp } from '../src/createApp.js';
import { defaultSettings } from '../src/config.js';
import { silentLogger } from '../src/Logger.js';
import { openStorage } from '../src/storage/openStorage.js';
import { installTemplate } from '../src/templates/installTemplate.js';

/** One install: its records, its time, and what its last two steps took (starting the sample's flows, last month's score runs). */
export interface TemplateBenchEntry {
  readonly name: string;
  readonly records: number;
  readonly ms: number;
  readonly flows: number;
  readonly flowsMs: number;
  readonly scoresMs: number;
}

/** What installing both templates with sample data took, and how many records it wrote. */
export interface TemplateBenchResult {
  readonly records: number;
  readonly byTemplate: readonly TemplateBenchEntry[];
  readonly totalMs: number;
}

/**
 * Installs the CRM and then the performance template with sample data (the generator at `scale`:
 * 6 gives more than 50,000 records) into a fresh SQLite data folder, each in its one transaction,
 * through `installTemplate` — what `POST /api/templates/:name/install` and
 * `formwork install-template` run. Aim (#15): ≥ 50,000 records in under 30 s.
 */
export async function runTemplateBench(scale: number, databaseUrl?: string): Promise<TemplateBenchResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'formwork-templates-bench-'));
  try {
    const settings = { ...defaultSettings, dataDir, databaseUrl: databaseUrl ?? null };
    const storage = await openStorage(settings, Date.now);
    const { context } = createApp({ storage, settings, now: Date.now, randomBytes, logger: silentLogger });
    const admin = await context.stores.users.create({ id: 'usr_bench', username: 'bench-admin', name: 'Bench', role: 'admin', departmentId: null, locale: null, createdAt: Date.now(), passwordHash: 'x' });
    const byTemplate: TemplateBenchEntry[] = [];
    const started = performance.now();
    for (const name of ['crm', 'performance']) {
      const begin = performance.now();
      const stepAt = new Map<string, number>();
      const result = await installTemplate(context, name, { sampleData: true, installedBy: admin, sampleScale: scale, afterStep: (step) => stepAt.set(step, performance.now()) });
      const counts: Readonly<Record<string, number>> = result.sampleData?.records ?? {};
      const records = Object.values(counts).reduce((sum, count) => sum + count, 0);
      const between = (from: string, to: string): number => (stepAt.get(to) ?? 0) - (stepAt.get(from) ?? 0);
      const flows = Object.values(result.sampleData?.flows ?? {}).reduce((sum, count) => sum + count, 0);
      byTemplate.push({ name, records, ms: performance.now() - begin, flows, flowsMs: between('records', 'flows'), scoresMs: between('flows', 'scores') });
    }
    const totalMs = performance.now() - started;
    await storage.close();
    return { records: byTemplate.reduce((sum, entry) => sum + entry.records, 0), byTemplate, totalMs };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
