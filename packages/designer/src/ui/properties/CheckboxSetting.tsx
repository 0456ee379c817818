import { useFieldId } from './useFieldId.js';

/** A labelled checkbox that commits at once. */
export function CheckboxSetting({ label, checked, onChange }: { readonly label: string; readonly checked: boolean; readonly onChange: (checked: boolean) => void }) {
  const id = useFieldId();
  return (
    <div className="fw-setting fw-setting-inline">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
