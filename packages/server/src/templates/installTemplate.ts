import type { Locale } from '@formwork/runtime';
import { hashPassword } from '../auth/passwordHash.js';
import { viewerOf } from '../permissions/Viewer.js';
import type { ServerContext } from '../ServerContext.js';
import type { App } from '../storage/AppStore.js';
import type { User } from '../storage/UserStore.js';
import { installBundleDocuments, type InstalledDocuments } from './installBundleDocuments.js';
import { installSamplePeople } from './installSamplePeople.js';
import { installSampleRecords } from './installSampleRecords.js';
import { linkTemplateApps, type TemplateLink } from './linkTemplateApps.js';
import { loadTemplate } from './loadTemplate.js';
import { sampleDataFor, sampleRecordsOf } from './sampleDataFor.js';
import { scoreLastPeriod, type InstalledScoreRun } from './scoreLastPeriod.js';
import { startSampleFlows } from './startSampleFlows.js';

export interface TemplateInstallOptions {
  readonly sampleData: boolean;
  /** The admin installing: creator of the app and its documents; sample links are resolved as they see. */
  readonly installedBy: User;
  /** Language of the messages of a sample record refused (a fault of the build, for its maintainer). */
  readonly locale?: Locale;
  /** Multiplies the sample's customers and all that follows (1 ≈ 10,000 records for both bundles). Default 1. */
  readonly sampleScale?: number;
  /**
   * Called inside the transaction after each step; a throw rolls the whole install back. Lets a
   * test fail an install midway and see that nothing is left.
   */
  readonly afterStep?: (step: TemplateInstallStep) => void;
}

export type TemplateInstallStep = 'documents' | 'people' | 'records' | 'flows' | 'scores';

/** What an install made. */
export interface TemplateInstallResult {
  readonly template: string;
  readonly app: App;
  readonly forms: InstalledDocuments['forms'];
  readonly documents: InstalledDocuments['documents'];
  readonly sampleData: SampleDataResult | null;
  /** Schemes pointed at another installed template's forms, this app's or an earlier one's (`linkTemplateApps`). */
  readonly links: readonly TemplateLink[];
  /** Last period's runs computed at the end (`scoreLastPeriod`): the new schemes' with sample data, and linked schemes' that had one. */
  readonly scoreRuns: readonly InstalledScoreRun[];
}

export interface SampleDataResult {
  readonly departments: { readonly created: number; readonly reused: number };
  readonly users: { readonly created: number; readonly reused: number };
  /**
   * The initial password of every sample user this install created: random per install, shown
   * only in this answer (and the CLI's output), null when none was created. Sample users should
   * change it, or an admin disable them, before the server is used for real.
   */
  readonly initialPassword: string | null;
  /** Records written, by form key. */
  readonly records: Readonly<Record<string, number>>;
  /** Approval flows started on the sample's records awaiting approval (`startSampleFlows`), by form key. */
  readonly flows: Readonly<Record<string, number>>;
}

/**
 * Installs a shipped template as a new app, in ONE transaction: the app, its forms (published),
 * workflows, scoring schemes and dashboards (stored and published), and with `sampleData` the
 * generator's departments, users and records, the approval flows its records await, and last
 * period's score runs (also recomputed for a scheme an install re-points). A failure anywhere leaves nothing behind; a second
 * install makes a second app and never touches the first (sample people are reused by name) — but
 * a scheme another template installed may be pointed at its forms (`linkTemplateApps`).
 * The bundle is parsed, the sample generated and the password hashed before the transaction, which
 * then awaits nothing but its stores.
 *
 * @example
 * const { app } = await installTemplate(context, 'crm', { sampleData: true, installedBy: admin });
 */
export async function installTemplate(context: ServerContext, name: string, options: TemplateInstallOptions): Promise<TemplateInstallResult> {
  const template = loadTemplate(name);
  const sample = options.sampleData ? sampleDataFor(context.now(), options.sampleScale ?? 1) : null;
  const initialPassword = sample ? initialPasswordOf(context.randomBytes) : null;
  const passwordHash = initialPassword === null ? '' : await hashPassword(initialPassword, context.settings.passwordHashCost, context.randomBytes);
  const step = options.afterStep ?? (() => undefined);

  return context.stores.transaction(async (tx) => {
    const { roleIds, ...installed } = await installBundleDocuments(context, tx, template.name, template.bundle, options.installedBy);
    const links = await linkTemplateApps(context, tx, installed.app, options.installedBy);
    step('documents');
    // Last period's sheets, once everything they read is written: the schemes made here and those just pointed at this app.
    const scoreRuns = async (sampleWritten: boolean): Promise<InstalledScoreRun[]> => {
      const schemeIds = [...installed.documents.filter((document) => document.kind === 'scoring').map((document) => document.id), ...links.map((link) => link.scoring.id)];
      const runs = await scoreLastPeriod(context, tx, schemeIds, options.installedBy, sampleWritten);
      step('scores');
      return runs;
    };
    if (!sample) return { template: template.name, ...installed, sampleData: null, links, scoreRuns: await scoreRuns(false) };
    const people = await installSamplePeople(context, tx, sample, passwordHash, roleIds);
    step('people');
    const users = new Map((await tx.users.list()).map((user) => [user.id, user]));
    const ids = new Map(people.ids);
    const sampleRecords = sampleRecordsOf(sample, template.name);
    const records = await installSampleRecords(context, tx, {
      templateName: template.name,
      forms: installed.forms,
      records: sampleRecords,
      ids,
      viewer: await viewerOf(tx, options.installedBy),
      users,
      locale: options.locale ?? 'zh-CN',
    });
    step('records');
    const flows = await startSampleFlows(context, tx, { templateName: template.name, forms: installed.forms, records: sampleRecords, ids });
    step('flows');
    return {
      template: template.name,
      ...installed,
      sampleData: { departments: people.departments, users: people.users, initialPassword: people.users.created > 0 ? initialPassword : null, records, flows },
      links,
      scoreRuns: await scoreRuns(true),
    };
  });
}

/** 16 random characters from an unambiguous alphabet: a fresh password per install, never a known one. */
function initialPasswordOf(randomBytes: (size: number) => Buffer): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  return [...randomBytes(16)].map((byte) => alphabet[byte % alphabet.length]).join('');
}
