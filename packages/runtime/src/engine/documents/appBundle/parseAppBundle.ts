import { parseDashboardSchema } from '../dashboard/parseDashboardSchema.js';
import { describeLocation } from '../describeLocation.js';
import { capitalize } from '../englishPhrases.js';
import type { DocumentIssue, ParseResult } from '../DocumentIssue.js';
import { parseFormSchema } from '../form/parseFormSchema.js';
import { validateAppBundleAllFaults } from '../generated/validateAppBundleAllFaults.js';
import { validateAppBundleFirstFault } from '../generated/validateAppBundleFirstFault.js';
import type { JsonValue } from '../JsonValue.js';
import { checkMetaSchemaWith } from '../MetaSchemaCheck.js';
import { parseWithSpec, type DocumentSpec } from '../parseWithSpec.js';
import { parseScoringSchema } from '../scoring/parseScoringSchema.js';
import { parseWorkflowSchema } from '../workflow/parseWorkflowSchema.js';
import { APP_BUNDLE_SCHEMA_VERSION, type AppBundle, type BundledDocument } from './AppBundle.js';
import { appBundleGlossary } from './appBundleGlossary.js';
import { appBundleMigrations } from './appBundleMigrations.js';
import { checkBundleReferences } from './checkBundleReferences.js';

const appBundleSpec: DocumentSpec<AppBundle> = {
  kind: 'appBundle',
  currentVersion: APP_BUNDLE_SCHEMA_VERSION,
  migrations: appBundleMigrations,
  // The envelope only: the meta-schema stands each embedded document in with "any object" (see
  // testing/metaSchemaValidatorSources.ts); `refine` parses it with its own kind, migrating it first.
  metaSchema: checkMetaSchemaWith(validateAppBundleFirstFault, validateAppBundleAllFaults),
  glossary: appBundleGlossary,
  refine: (bundle) => {
    const errors: DocumentIssue[] = [];
    const parseEach = <T>(collection: string, entries: readonly BundledDocument<T>[], parse: (input: unknown) => ParseResult<T>) =>
      entries.map((entry, index): BundledDocument<T> => {
        const result = parse(entry.schema);
        if (result.ok) return { ...entry, schema: result.value };
        errors.push(...result.errors.map((issue) => embeddedIssue(bundle, `/${collection}/${index}`, issue)));
        return entry;
      });
    const parsed: AppBundle = {
      ...bundle,
      forms: parseEach('forms', bundle.forms, parseFormSchema),
      workflows: parseEach('workflows', bundle.workflows, parseWorkflowSchema),
      scorings: parseEach('scorings', bundle.scorings, parseScoringSchema),
      dashboards: parseEach('dashboards', bundle.dashboards, parseDashboardSchema),
    };
    if (errors.length > 0) return { ok: false, errors };
    const referenceErrors = checkBundleReferences(parsed);
    return referenceErrors.length > 0 ? { ok: false, errors: referenceErrors } : { ok: true, value: parsed };
  },
};

/**
 * Reads an app bundle (a template, an export): checks the envelope, parses every embedded form,
 * workflow, scoring scheme and dashboard with its own parser (so each is migrated and checked as
 * it would be alone; their pointers come back prefixed, e.g. `/forms/0/schema/fields/3/type`), then
 * checks keys and the references between documents. Never throws.
 *
 * @example
 * const result = parseAppBundle(JSON.parse(templateJson));
 * if (result.ok) installBundle(result.value);
 */
export function parseAppBundle(input: unknown): ParseResult<AppBundle> {
  return parseWithSpec(input, appBundleSpec);
}

/** An embedded document's issue, re-pointed into the bundle and prefixed with which document. */
function embeddedIssue(bundle: AppBundle, entryPointer: string, issue: DocumentIssue): DocumentIssue {
  const where = describeLocation(entryPointer, bundle as unknown as JsonValue, appBundleGlossary).phrase;
  return {
    pointer: `${entryPointer}/schema${issue.pointer}`,
    code: issue.code,
    message: { 'zh-CN': `${where['zh-CN']}：${issue.message['zh-CN']}`, en: `${capitalize(where.en)}: ${issue.message.en}` },
  };
}
