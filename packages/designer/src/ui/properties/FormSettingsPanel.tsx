import type { FormAccess } from '@formwork/runtime';
import { editorMessages } from '../../i18n/editorMessages.js';
import { propertyMessages as m } from '../../i18n/propertyMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useDesigner, useDesignerStore } from '../editor/DesignerStoreContext.js';
import { CheckboxSetting } from './CheckboxSetting.js';
import { EditScopeEditor } from './EditScopeEditor.js';
import { RowScopeEditor } from './RowScopeEditor.js';
import { SelectSetting } from './SelectSetting.js';
import { SubmitAccessEditor } from './SubmitAccessEditor.js';
import { TextSetting } from './TextSetting.js';
import { UserTextSetting } from './UserTextSetting.js';

/**
 * Title, description, submit button text, columns, whether a change to a record needs a reason,
 * whether anyone may fill it in through a public link, who may submit, who sees which rows and who may change which of them.
 */
export function FormSettingsPanel() {
  const { t } = useLocale();
  const store = useDesignerStore();
  const schema = useDesigner((state) => state.schema);
  const access = schema.settings?.access;
  const setAccess = (next: FormAccess): void => {
    const cleaned: FormAccess = {
      ...(next.submit === undefined ? {} : { submit: next.submit }),
      ...(next.rows === undefined ? {} : { rows: next.rows }),
      ...(next.edit === undefined ? {} : { edit: next.edit }),
    };
    store.getState().setFormMeta({ access: Object.keys(cleaned).length > 0 ? cleaned : undefined });
  };
  const { submit: _submit, ...withoutSubmit } = access ?? {};
  const { rows: _rows, ...withoutRows } = access ?? {};
  const { edit: _edit, ...withoutEdit } = access ?? {};
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
      <CheckboxSetting
        label={t(m.publicLink)}
        checked={schema.settings?.publicLink?.enabled === true}
        // Switching it off keeps the chosen owner, so switching it back on restores the same setting.
        onChange={(enabled) => store.getState().setFormMeta({ publicLink: enabled || schema.settings?.publicLink?.ownerId !== undefined ? { ...schema.settings?.publicLink, enabled } : undefined })}
      />
      {schema.settings?.publicLink?.enabled === true ? <p className="fw-hint">{t(m.publicLinkHint)}</p> : null}
      <SubmitAccessEditor submit={access?.submit} onChange={(submit) => setAccess(submit === undefined ? withoutSubmit : { ...access, submit })} />
      <RowScopeEditor rows={access?.rows} onChange={(rows) => setAccess(rows === undefined ? withoutRows : { ...access, rows })} />
      <EditScopeEditor edit={access?.edit} onChange={(edit) => setAccess(edit === undefined ? withoutEdit : { ...access, edit })} />
    </section>
  );
}
