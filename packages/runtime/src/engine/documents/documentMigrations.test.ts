import { describe, expect, it } from 'vitest';
import { APP_BUNDLE_SCHEMA_VERSION } from './appBundle/AppBundle.js';
import { appBundleMigrations } from './appBundle/appBundleMigrations.js';
import { DASHBOARD_SCHEMA_VERSION } from './dashboard/DashboardSchema.js';
import { dashboardMigrations } from './dashboard/dashboardMigrations.js';
import { formMigrations } from './form/formMigrations.js';
import { FORM_SCHEMA_VERSION } from './form/FormSchema.js';
import type { DocumentMigrations } from './migrateDocument.js';
import { SCORING_SCHEMA_VERSION } from './scoring/ScoringSchema.js';
import { scoringMigrations } from './scoring/scoringMigrations.js';
import { WORKFLOW_SCHEMA_VERSION } from './workflow/WorkflowSchema.js';
import { workflowMigrations } from './workflow/workflowMigrations.js';

const kinds: readonly (readonly [string, DocumentMigrations, number])[] = [
  ['form', formMigrations, FORM_SCHEMA_VERSION],
  ['workflow', workflowMigrations, WORKFLOW_SCHEMA_VERSION],
  ['scoring', scoringMigrations, SCORING_SCHEMA_VERSION],
  ['dashboard', dashboardMigrations, DASHBOARD_SCHEMA_VERSION],
  ['appBundle', appBundleMigrations, APP_BUNDLE_SCHEMA_VERSION],
];

describe('migrations kept beside each document type', () => {
  // Bumping a version without its step (or leaving a stray step) fails here, not in a user's import.
  it.each(kinds)('%s has exactly one step from each older version', (_kind, migrations, version) => {
    const steps = Object.keys(migrations).map(Number).sort((a, b) => a - b);
    expect(steps).toEqual(Array.from({ length: version - 1 }, (_, index) => index + 1));
  });
});
