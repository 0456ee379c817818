// Documents: the JSON contract between designer, runtime and server — types, meta-schemas,
// migrations and parsers for every kind.

export type * from './DocumentIssue.js';
export * from './DocumentKind.js';
export * from './JsonValue.js';
export * from './JsonPointer.js';
export * from './RecordFilter.js';
export * from './documentPatterns.js';
export * from './copyJsonDocument.js';
export * from './migrateDocument.js';
export * from './parseDocument.js';

export * from './form/FormSchema.js';
export * from './form/formMetaSchema.js';
export * from './form/formMigrations.js';
export * from './form/fieldPermissionsOf.js';
export * from './form/importRolesOf.js';
export * from './form/parseFormSchema.js';

export * from './workflow/WorkflowSchema.js';
export * from './workflow/workflowMetaSchema.js';
export * from './workflow/workflowMigrations.js';
export * from './workflow/parseWorkflowSchema.js';

export * from './scoring/ScoringSchema.js';
export * from './scoring/scoringMetaSchema.js';
export * from './scoring/scoringMigrations.js';
export * from './scoring/parseScoringSchema.js';

export * from './dashboard/DashboardSchema.js';
export * from './dashboard/dashboardMetaSchema.js';
export * from './dashboard/dashboardMigrations.js';
export * from './dashboard/parseDashboardSchema.js';

export * from './appBundle/AppBundle.js';
export * from './appBundle/appBundleMetaSchema.js';
export * from './appBundle/appBundleMigrations.js';
export * from './appBundle/parseAppBundle.js';
