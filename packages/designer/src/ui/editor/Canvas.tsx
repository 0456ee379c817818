import { memo } from 'react';
import { editorMessages as m } from '../../i18n/editorMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useDesigner } from './DesignerStoreContext.js';
import { FieldList } from './FieldList.js';

/** The form being built: its title and its top-level list of fields. Re-renders only when those change. */
export const Canvas = memo(function Canvas() {
  const { t } = useLocale();
  const title = useDesigner((state) => state.schema.title);
  const fields = useDesigner((state) => state.schema.fields);
  return (
    <main className="fw-canvas" aria-label={t(m.canvas)}>
      <h2>{title}</h2>
      <p className="fw-hint">{t(m.keyboardHelp)}</p>
      <FieldList fields={fields} ancestry="" />
    </main>
  );
});
