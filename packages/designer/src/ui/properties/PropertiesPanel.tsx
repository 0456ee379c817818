import { editorMessages } from '../../i18n/editorMessages.js';
import { propertyMessages as m } from '../../i18n/propertyMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import type { FieldPatch } from '../../store/FieldPatch.js';
import { locateField } from '../../store/tree/locateField.js';
import { useDesigner, useDesignerStore } from '../editor/DesignerStoreContext.js';
import { DependsOn } from '../rules/DependsOn.js';
import { DefaultValueEditor } from '../rules/DefaultValueEditor.js';
import { VisibilityEditor } from '../rules/VisibilityEditor.js';
import { CommonSettings } from './CommonSettings.js';
import { TypeSettings } from './TypeSettings.js';

/** Every setting of the selected field; remounted per field so half-typed text never leaks across. */
export function PropertiesPanel() {
  const { t } = useLocale();
  const store = useDesignerStore();
  const field = useDesigner((state) => (state.selectedId === null ? undefined : locateField(state.schema.fields, state.selectedId)?.field));
  if (!field) return <p className="fw-muted">{t(editorMessages.noSelection)}</p>;
  const update = (patch: FieldPatch): void => {
    store.getState().updateField(field.id, patch);
  };
  return (
    <section key={field.id} aria-label={t(m.panel)} className="fw-properties">
      <CommonSettings field={field} update={update} />
      <DependsOn fieldId={field.id} />
      <TypeSettings field={field} update={update} />
      <VisibilityEditor field={field} />
      <DefaultValueEditor field={field} />
    </section>
  );
}
