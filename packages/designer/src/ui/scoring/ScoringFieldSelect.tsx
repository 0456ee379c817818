import { scoringMessages as m } from '../../i18n/scoringMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { scoringFieldUses, type ScoringFieldUse } from '../../scoring/scoringFieldUses.js';
import { listValueFields } from '../editor/listValueFields.js';
import { SelectSetting } from '../properties/SelectSetting.js';
import type { ScoringForm } from './useAppForms.js';

/**
 * A field of the chosen form fit for one use (the person, the date, a figure…), as the form
 * designer's pickers list them: by label, top-level fields only (the server aggregates records,
 * not subform rows). A chosen field the form no longer has still shows, by id.
 */
export function ScoringFieldSelect({ label, form, uses, value, onChange }: { readonly label: string; readonly form: ScoringForm | undefined; readonly uses: readonly ScoringFieldUse[]; readonly value: string | undefined; readonly onChange: (fieldId: string) => void }) {
  const { t } = useLocale();
  const fields = form
    ? listValueFields(form.schema)
        .filter((entry) => !entry.inSubform && (scoringFieldUses[entry.field.type] as readonly ScoringFieldUse[]).some((use) => uses.includes(use)))
        .map((entry) => ({ value: entry.field.id, label: entry.field.label }))
    : [];
  const missing = value !== undefined && value !== '' && !fields.some((field) => field.value === value) ? [{ value, label: value }] : [];
  return <SelectSetting label={label} value={value ?? ''} options={[{ value: '', label: t(m.chooseField) }, ...missing, ...fields]} onChange={onChange} />;
}
