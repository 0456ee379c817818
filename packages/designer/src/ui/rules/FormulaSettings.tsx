import type { FormulaField } from '@formwork/runtime';
import { propertyMessages as pm } from '../../i18n/propertyMessages.js';
import { ruleMessages as rm } from '../../i18n/ruleMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useDesigner, useDesignerStore } from '../editor/DesignerStoreContext.js';
import type { FieldSettingsProps } from '../properties/FieldSettingsProps.js';
import { NumberSetting } from '../properties/NumberSetting.js';
import { SelectSetting } from '../properties/SelectSetting.js';
import { TextSetting } from '../properties/TextSetting.js';
import { FormulaEditor } from './FormulaEditor.js';

/** A calculated field: its formula (applied with `setFormula`), result type, precision and unit. */
export function FormulaSettings({ field, update }: FieldSettingsProps<FormulaField>) {
  const { t } = useLocale();
  const store = useDesignerStore();
  const schema = useDesigner((state) => state.schema);
  return (
    <fieldset className="fw-group">
      <legend>{t(pm.formula)}</legend>
      <FormulaEditor
        key={JSON.stringify(field.expression)}
        label={t(pm.formula)}
        rule={field.expression}
        schema={schema}
        fieldId={field.id}
        note={t(rm.emptyNumbersAsZero)}
        onApply={(rule) => {
          store.getState().setFormula(field.id, rule);
        }}
      />
      <SelectSetting
        label={t(pm.resultType)}
        value={field.resultType ?? 'number'}
        options={[
          { value: 'number', label: t(pm.resultNumber) },
          { value: 'text', label: t(pm.resultText) },
          { value: 'date', label: t(pm.resultDate) },
          { value: 'boolean', label: t(pm.resultBoolean) },
        ]}
        onChange={(resultType) => update({ resultType: resultType || undefined })}
      />
      {(field.resultType ?? 'number') === 'number' ? (
        <>
          <NumberSetting label={t(pm.precision)} value={field.precision} min={0} max={10} step={1} onCommit={(precision) => update({ precision })} />
          <TextSetting label={t(pm.unit)} value={field.unit} onCommit={(unit) => update({ unit: unit || undefined })} />
        </>
      ) : null}
    </fieldset>
  );
}
