import { randomBytes } from 'node:crypto';
import type { Settings } from '../config.js';
import { createApp } from '../createApp.js';
import { silentLogger } from '../Logger.js';
import { openStorage } from '../storage/openStorage.js';
import { installTemplate } from './installTemplate.js';
import { loadTemplate } from './loadTemplate.js';

/**
 * `formwork install-template NAME [--sample-data]`: the install the API runs, on the configured
 * storage (SQLite data folder or FORMWORK_DATABASE_URL), by the first active admin. Returns the
 * lines to print: the new app, what was written, and — when sample users were created — their one
 * initial password, shown only here.
 */
export async function installTemplateFromCli(settings: Settings, name: string, sampleData: boolean): Promise<string[]> {
  loadTemplate(name); // an unknown or broken template fails before the database is opened
  const storage = await openStorage(settings, Date.now);
  try {
    const { context } = createApp({ storage, settings, now: Date.now, randomBytes, logger: silentLogger });
    const admin = (await context.stores.users.list()).find((user) => user.role === 'admin' && !user.disabled);
    if (!admin) throw new Error('there is no admin yet: start the server once (formwork serve) to create one');
    const result = await installTemplate(context, name, { sampleData, installedBy: admin, locale: 'en' });
    const lines = [`Installed ${result.template} as the app "${result.app.name}" (${result.app.id}): ${String(result.forms.length)} forms, ${String(result.documents.length)} workflows, dashboards and schemes, all published.`];
    const sample = result.sampleData;
    if (sample) {
      const records = Object.entries(sample.records);
      lines.push(`Sample data: ${String(records.reduce((sum, [, count]) => sum + count, 0))} records (${records.map(([key, count]) => `${key} ${String(count)}`).join(', ')}).`);
      lines.push(`Sample people: ${String(sample.users.created)} users created, ${String(sample.users.reused)} already there; ${String(sample.departments.created)} departments created.`);
      const flows = Object.entries(sample.flows);
      if (flows.length > 0) lines.push(`Approvals in flight: ${String(flows.reduce((sum, [, count]) => sum + count, 0))} (${flows.map(([key, count]) => `${key} ${String(count)}`).join(', ')}).`);
      if (sample.initialPassword !== null) lines.push(`Initial password of the new sample users (shown once; change it before real use): ${sample.initialPassword}`);
    }
    for (const run of result.scoreRuns) lines.push(`Score run of ${run.period} computed for the scheme ${run.schemeId}: ${String(run.people)} people.`);
    return lines;
  } finally {
    await storage.close();
  }
}
