import type { FormAccess } from '@formwork/runtime';
import { editorMessages } from '../../i18n/editorMessages.js';
import { propertyMessages as m } from '../../i18n/propertyMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useDesigner, useDesignerStore } from '../editor/DesignerStoreContext.js';
import { CheckboxSetting } from './CheckboxSetting.js';
import { EditScopeEditor } from './EditScopeEditor.js';
import { FieldAccessEditor } from './FieldAccessEditor.js';
import { ImportAccessEditor } from './ImportAccessEditor.js';
import { PublicLinkSettings } from './PublicLinkSettings.js';
import { RowScopeEditor } from './RowScopeEditor.js';
import { SelectSetting } from './SelectSetting.js';
import { SubmitAccessEditor } from './SubmitAccessEditor.js';
import { TextSetting } from './TextSetting.js';
import { UserTextSetting } from './UserTextSetting.js';

/**
 * Title, description, submit button text, columns, whether a change to a record needs a reason,
 * whether anyone may fill it in through a public link and who owns what comes in through it, who
 * may submit, who sees which rows, who may change which of them, who may import, and which fields
 * each role may only read or not see.
 */
export function FormSettingsPanel() {
  const { t } = useLocale();
  const store = useDesignerStore();
  const schema = useDesigner((state) => state.schema);
  const access = schema.settings?.access;
  /** Sets one part of the access rules, keeping the others (field permissions among them); no parts left is no setting. */
  const setAccessPart = <K extends keyof FormAccess>(key: K, value: FormAccess[K] | undefined): void => {
    const { [key]: _old, ...others } = access ?? {};
    const next: FormAccess = value === undefined ? others : { ...others, [key]: value };
    store.getState().setFormMeta({ access: Object.keys(next).length > 0 ? next : undefined });
  };
  return (
    <section className="fw-form-settings" aria-label={t(editorMessages.formTab)}>
      <TextSetting label={t(m.formTitle)} value={schema.title} onCommit={(title) => store.getState().setFormMeta({ title })} />
      <TextSetting label={t(m.formDescription)} value={schema.description} multiline onCommit={(description) => store.getState().setFormMeta({ description })} />
      <UserTextSetting
        label={t(m.submitText)}
        value={schema.settings?.submitText}
        onCommit={(submitText) => store.getState().setFormMeta({ submitText })}
      />
      <SelectSetting
        label={t(m.formColumns)}
        value={schema.layout?.columns === undefined ? '' : (String(schema.layout.columns) as '1' | '2' | '3' | '4')}
        options={[{ value: '', label: t(m.widthAuto) }, ...(['1', '2', '3', '4'] as const).map((n) => ({ value: n, label: n }))]}
        onChange={(columns) => {
          const { columns: _old, ...rest } = schema.layout ?? {};
          const layout = columns === '' ? rest : { ...rest, columns: Number(columns) as 1 | 2 | 3 | 4 };
          store.getState().setFormMeta({ layout: Object.keys(layout).length > 0 ? layout : undefined });
        }}
      />
      <CheckboxSetting
        label={t(m.changeReasonRequired)}
        checked={schema.settings?.changeReason === 'required'}
        onChange={(required) => store.getState().setFormMeta({ changeReason: required ? 'required' : undefined })}
      />
      <PublicLinkSettings publicLink={schema.settings?.publicLink} onChange={(publicLink) => store.getState().setFormMeta({ publicLink })} />
      <SubmitAccessEditor submit={access?.submit} onChange={(submit) => setAccessPart('submit', submit)} />
      <RowScopeEditor rows={access?.rows} onChange={(rows) => setAccessPart('rows', rows)} />
      <EditScopeEditor edit={access?.edit} onChange={(edit) => setAccessPart('edit', edit)} />
      <ImportAccessEditor importAccess={access?.import} onChange={(importAccess) => setAccessPart('import', importAccess)} />
      <FieldAccessEditor fields={schema.fields} fieldAccess={access?.fields} onChange={(fields) => setAccessPart('fields', fields)} />
    </section>
  );
}
