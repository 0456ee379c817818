import type { DefaultValue, FieldDefinition } from '@formwork/runtime';
import { propertyMessages as m } from '../../i18n/propertyMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useDesigner, useDesignerStore } from '../editor/DesignerStoreContext.js';
import { SelectSetting } from '../properties/SelectSetting.js';
import { TextSetting } from '../properties/TextSetting.js';
import { FormulaEditor } from './FormulaEditor.js';

type Kind = DefaultValue['kind'] | '';

const NO_DEFAULT = new Set(['section', 'description', 'subform', 'formula', 'lookup', 'serial', 'image', 'attachment', 'signature', 'location', 'address', 'link']);

/** The kinds of default a field of this type can take. */
function kindsFor(field: FieldDefinition): readonly Kind[] {
  const kinds: Kind[] = ['', 'fixed', 'formula'];
  if (field.type === 'member' || field.type === 'members') kinds.push('currentUser');
  if (field.type === 'department' || field.type === 'departments') kinds.push('currentDepartment');
  if (field.type === 'date') kinds.push('today');
  if (field.type === 'datetime') kinds.push('now', 'today');
  return kinds;
}

/** Where the field's initial value comes from: nothing, a fixed value, a formula, the user or the date. */
export function DefaultValueEditor({ field }: { readonly field: FieldDefinition }) {
  const { t } = useLocale();
  const store = useDesignerStore();
  const schema = useDesigner((state) => state.schema);
  if (NO_DEFAULT.has(field.type)) return null;
  const current = field.defaultValue;
  const names: Record<Exclude<Kind, ''> | 'none', string> = {
    none: t(m.defaultNone),
    fixed: t(m.defaultFixed),
    formula: t(m.defaultFormula),
    currentUser: t(m.defaultCurrentUser),
    currentDepartment: t(m.defaultCurrentDepartment),
    today: t(m.defaultToday),
    now: t(m.defaultNow),
  };
  const set = (value: DefaultValue | null): void => {
    store.getState().setDefaultValue(field.id, value);
  };
  const fixedOf = (text: string): unknown => {
    if (field.type === 'number' || field.type === 'money' || field.type === 'rating') return text.trim() === '' ? null : Number(text);
    if (field.type === 'checkbox' || field.type === 'multiselect') return text.split(',').map((part) => part.trim()).filter(Boolean);
    return text;
  };
  const fixedText = current?.kind === 'fixed' ? (Array.isArray(current.value) ? current.value.join(', ') : current.value == null ? '' : String(current.value)) : '';
  return (
    <fieldset className="fw-group">
      <legend>{t(m.defaultValue)}</legend>
      <SelectSetting<Exclude<Kind, ''>>
        label={t(m.defaultValue)}
        value={current?.kind ?? ''}
        options={kindsFor(field).map((kind) => ({ value: kind, label: names[kind === '' ? 'none' : kind] }))}
        onChange={(kind) => {
          if (kind === '') set(null);
          else if (kind === 'fixed') set({ kind, value: field.type === 'checkbox' || field.type === 'multiselect' ? [] : '' });
          else if (kind === 'formula') set({ kind, expression: null });
          else set({ kind });
        }}
      />
      {current?.kind === 'fixed' ? (
        'options' in field && (field.type === 'radio' || field.type === 'select') ? (
          <SelectSetting<string>
            label={t(m.fixedValue)}
            value={typeof current.value === 'string' ? current.value : ''}
            options={[{ value: '', label: t(m.defaultNone) }, ...field.options.map((o) => ({ value: o.value, label: o.label }))]}
            onChange={(value) => set({ kind: 'fixed', value })}
          />
        ) : (
          <TextSetting label={t(m.fixedValue)} value={fixedText} type={field.type === 'date' ? 'date' : 'text'} onCommit={(text) => set({ kind: 'fixed', value: fixedOf(text) })} />
        )
      ) : null}
      {current?.kind === 'formula' ? (
        <FormulaEditor
          key={JSON.stringify(current.expression)}
          label={t(m.defaultFormula)}
          rule={current.expression}
          schema={schema}
          fieldId={field.id}
          onApply={(expression) => set({ kind: 'formula', expression })}
        />
      ) : null}
    </fieldset>
  );
}
