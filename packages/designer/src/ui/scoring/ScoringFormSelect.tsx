import { scoringMessages as m } from '../../i18n/scoringMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { SelectSetting } from '../properties/SelectSetting.js';
import type { ScoringForm } from './useAppForms.js';

/** One of the app's published forms, by title; a chosen form that is gone still shows, by id. */
export function ScoringFormSelect({ label, forms, value, onChange }: { readonly label: string; readonly forms: readonly ScoringForm[]; readonly value: string; readonly onChange: (formId: string) => void }) {
  const { t } = useLocale();
  const missing = value !== '' && !forms.some((form) => form.id === value) ? [{ value, label: value }] : [];
  return <SelectSetting label={label} value={value} options={[{ value: '', label: t(m.chooseForm) }, ...missing, ...forms.map((form) => ({ value: form.id, label: form.title }))]} onChange={onChange} />;
}
