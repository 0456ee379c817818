import type { KpiTarget } from '@formwork/runtime';
import { scoringMessages as m } from '../../i18n/scoringMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { NumberSetting } from '../properties/NumberSetting.js';
import { SelectSetting } from '../properties/SelectSetting.js';
import { ScoringFieldSelect } from './ScoringFieldSelect.js';
import { ScoringFormSelect } from './ScoringFormSelect.js';
import type { ScoringForm } from './useAppForms.js';

/** No target, a fixed one, or one per person and period read from a targets form. */
export function TargetEditor({ target, forms, onChange }: { readonly target: KpiTarget | undefined; readonly forms: readonly ScoringForm[]; readonly onChange: (target: KpiTarget | null) => void }) {
  const { t } = useLocale();
  const kind = target?.kind ?? 'none';
  const form = target?.kind === 'form' ? forms.find((candidate) => candidate.id === target.formId) : undefined;
  return (
    <fieldset>
      <legend>{t(m.target)}</legend>
      <SelectSetting
        label={t(m.target)}
        value={kind}
        options={[
          { value: 'none', label: t(m.targetNone) },
          { value: 'fixed', label: t(m.targetFixed) },
          { value: 'form', label: t(m.targetForm) },
        ]}
        onChange={(next) => {
          if (next === kind) return;
          if (next === 'fixed') onChange({ kind: 'fixed', value: 100 });
          else if (next === 'form') onChange({ kind: 'form', formId: '', personField: '', periodField: '', valueField: '' });
          else onChange(null);
        }}
      />
      {target?.kind === 'fixed' ? <NumberSetting label={t(m.targetValue)} value={target.value} onCommit={(value) => onChange({ kind: 'fixed', value: value ?? 0 })} /> : null}
      {target?.kind === 'form' ? (
        <>
          <ScoringFormSelect label={t(m.form)} forms={forms} value={target.formId} onChange={(formId) => onChange({ kind: 'form', formId, personField: '', periodField: '', valueField: '' })} />
          <ScoringFieldSelect label={t(m.personField)} form={form} uses={['person']} value={target.personField} onChange={(personField) => onChange({ ...target, personField })} />
          <ScoringFieldSelect label={t(m.periodField)} form={form} uses={['text', 'date']} value={target.periodField} onChange={(periodField) => onChange({ ...target, periodField })} />
          <ScoringFieldSelect label={t(m.valueField)} form={form} uses={['measure']} value={target.valueField} onChange={(valueField) => onChange({ ...target, valueField })} />
        </>
      ) : null}
    </fieldset>
  );
}
