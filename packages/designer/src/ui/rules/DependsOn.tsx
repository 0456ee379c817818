import { ruleMessages as m } from '../../i18n/ruleMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useDesigner } from '../editor/DesignerStoreContext.js';
import { dependencyLabels } from '../editor/dependencyLabels.js';

/** The fields a field's rules read, as the engine's rule graph tells. */
export function DependsOn({ fieldId }: { readonly fieldId: string }) {
  const { t } = useLocale();
  const labels = useDesigner((state) => dependencyLabels(state.schema, fieldId).join(', '));
  return <p className="fw-muted">{labels ? t(m.dependsOn, { labels }) : t(m.noDependencies)}</p>;
}
