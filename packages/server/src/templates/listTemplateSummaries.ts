import type { AppBundle } from '@formwork/runtime';
import { templateNames } from '@formwork/templates';
import { loadTemplate } from './loadTemplate.js';
import { sampleDataFor, sampleRecordsOf } from './sampleDataFor.js';

/** A template as the gallery shows it: what it is and what installing it makes. */
export interface TemplateSummary {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly icon: string | null;
  readonly forms: readonly { readonly key: string; readonly title: string }[];
  readonly workflows: readonly { readonly key: string; readonly title: string }[];
  readonly dashboards: readonly { readonly key: string; readonly title: string }[];
  readonly scorings: readonly { readonly key: string; readonly title: string }[];
  readonly roles: readonly { readonly key: string; readonly name: string }[];
  /** What "with sample data" adds: the team, and records (total and by form key). */
  readonly sampleData: { readonly departments: number; readonly users: number; readonly records: number; readonly recordsByForm: Readonly<Record<string, number>> };
}

let sampleSizes: Map<string, { departments: number; users: number; recordsByForm: Record<string, number> }> | undefined;

/**
 * Every shipped template, summarised. The bundles' texts are written in Chinese only (an AppBundle
 * carries one language), so titles are given as the bundle has them. The sample's size is counted
 * by generating it once per process (about half a second).
 */
export function listTemplateSummaries(now: number): TemplateSummary[] {
  sampleSizes ??= countSamples(now);
  return templateNames.map((name) => summaryOf(name, loadTemplate(name).bundle, sampleSizes?.get(name) ?? { departments: 0, users: 0, recordsByForm: {} }));
}

function summaryOf(name: string, bundle: AppBundle, size: { departments: number; users: number; recordsByForm: Record<string, number> }): TemplateSummary {
  const titled = (entries: readonly { key: string; schema: { title: string } }[]) => entries.map((entry) => ({ key: entry.key, title: entry.schema.title }));
  return {
    name,
    title: bundle.app.name,
    description: bundle.app.description,
    icon: bundle.app.icon ?? null,
    forms: titled(bundle.forms),
    workflows: titled(bundle.workflows),
    dashboards: titled(bundle.dashboards),
    scorings: titled(bundle.scorings),
    roles: bundle.roles.map((role) => ({ key: role.key, name: role.name })),
    sampleData: {
      departments: size.departments,
      users: size.users,
      records: Object.values(size.recordsByForm).reduce((sum, count) => sum + count, 0),
      recordsByForm: size.recordsByForm,
    },
  };
}

function countSamples(now: number): Map<string, { departments: number; users: number; recordsByForm: Record<string, number> }> {
  const sample = sampleDataFor(now, 1);
  return new Map(
    templateNames.map((name) => [
      name,
      {
        departments: sample.departments.length,
        users: sample.users.length,
        recordsByForm: Object.fromEntries(Object.entries(sampleRecordsOf(sample, name)).map(([key, records]) => [key, records.length])),
      },
    ]),
  );
}
