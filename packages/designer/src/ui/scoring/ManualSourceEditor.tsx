import type { ManualSource } from '@formwork/runtime';
import { scoringMessages as m } from '../../i18n/scoringMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { ScoringFieldSelect } from './ScoringFieldSelect.js';
import { ScoringFormSelect } from './ScoringFormSelect.js';
import type { ScoringForm } from './useAppForms.js';

/** A manager's assessment: the form, who is assessed, the period (a name or a date in it), and the grade or score. */
export function ManualSourceEditor({ source, forms, onChange }: { readonly source: ManualSource; readonly forms: readonly ScoringForm[]; readonly onChange: (source: ManualSource) => void }) {
  const { t } = useLocale();
  const form = forms.find((candidate) => candidate.id === source.formId);
  return (
    <div className="fw-scoring-source">
      <ScoringFormSelect label={t(m.form)} forms={forms} value={source.formId} onChange={(formId) => onChange({ kind: 'manual', formId, personField: '', periodField: '', field: '' })} />
      <ScoringFieldSelect label={t(m.personField)} form={form} uses={['person']} value={source.personField} onChange={(personField) => onChange({ ...source, personField })} />
      <ScoringFieldSelect label={t(m.periodField)} form={form} uses={['text', 'date']} value={source.periodField} onChange={(periodField) => onChange({ ...source, periodField })} />
      <ScoringFieldSelect label={t(m.gradeField)} form={form} uses={['text', 'measure']} value={source.field} onChange={(field) => onChange({ ...source, field })} />
    </div>
  );
}
