import type { LocalizedText } from '../../i18n/Locale.js';
import { walkFields } from '../../fields/walkFields.js';
import { describeLocation } from '../describeLocation.js';
import { capitalize } from '../englishPhrases.js';
import type { DocumentIssue } from '../DocumentIssue.js';
import type { JsonValue } from '../JsonValue.js';
import type { AppBundle } from './AppBundle.js';
import { appBundleGlossary } from './appBundleGlossary.js';

/**
 * What ties the bundle together: keys unique within each kind (and role keys among roles), and
 * every `formId` inside the bundle naming one of its forms — a template that installs half-wired
 * is worse than one refused.
 */
export function checkBundleReferences(bundle: AppBundle): DocumentIssue[] {
  const describe = (pointer: string): LocalizedText => describeLocation(pointer, bundle as unknown as JsonValue, appBundleGlossary).phrase;
  const issues: DocumentIssue[] = [];
  for (const collection of ['forms', 'workflows', 'scorings', 'dashboards', 'roles'] as const) {
    const seen = new Map<string, number>();
    bundle[collection].forEach((entry, index) => {
      const first = seen.get(entry.key);
      if (first === undefined) {
        seen.set(entry.key, index);
        return;
      }
      const where = describe(`/${collection}/${index}`);
      const earlier = describe(`/${collection}/${first}`);
      issues.push({
        pointer: `/${collection}/${index}/key`,
        code: 'duplicateKey',
        message: {
          'zh-CN': `${where['zh-CN']}的标识“${entry.key}”已被${earlier['zh-CN']}使用，不能重复`,
          en: `${capitalize(where.en)} has the key "${entry.key}", already used by ${earlier.en}; keys must be unique`,
        },
      });
    });
  }

  const formKeys = new Set(bundle.forms.map((form) => form.key));
  const check = (formId: string, pointer: string): void => {
    if (formKeys.has(formId)) return;
    const where = describe(pointer);
    issues.push({
      pointer,
      code: 'unknownFormKey',
      message: {
        'zh-CN': `${where['zh-CN']}引用的表单“${formId}”不在应用包中`,
        en: `${capitalize(where.en)} refers to the form "${formId}", which is not in this app bundle`,
      },
    });
  };
  bundle.forms.forEach((form, index) => {
    walkFields(form.schema.fields, (field, location) => {
      if (field.type === 'link') check(field.formId, `/forms/${index}/schema${location.pointer}/formId`);
    });
  });
  bundle.app.quickForms?.forEach((formKey, index) => check(formKey, `/app/quickForms/${index}`));
  bundle.workflows.forEach((workflow, index) => check(workflow.schema.formId, `/workflows/${index}/schema/formId`));
  bundle.scorings.forEach((scoring, index) => {
    scoring.schema.items.forEach((item, itemIndex) => {
      const pointer = `/scorings/${index}/schema/items/${itemIndex}`;
      if (item.source.kind === 'derived') {
        item.source.inputs.forEach((input, inputIndex) => check(input.source.formId, `${pointer}/source/inputs/${inputIndex}/source/formId`));
      } else {
        check(item.source.formId, `${pointer}/source/formId`);
      }
      if (item.target?.kind === 'form') check(item.target.formId, `${pointer}/target/formId`);
    });
  });
  bundle.dashboards.forEach((dashboard, index) => {
    dashboard.schema.widgets.forEach((widget, widgetIndex) => check(widget.query.formId, `/dashboards/${index}/schema/widgets/${widgetIndex}/query/formId`));
  });
  return issues;
}
