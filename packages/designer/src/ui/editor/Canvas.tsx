import { memo } from 'react';
import { editorMessages as m } from '../../i18n/editorMessages.js';
import { appMessages } from '../../i18n/appMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { usePageTitle } from '../app/usePageTitle.js';
import { useDesigner } from './DesignerStoreContext.js';
import { listDropId } from './dragData.js';
import { FieldList } from './FieldList.js';

/**
 * The form being built: its title and its top-level list of fields. Re-renders only when those change.
 *
 * The whole canvas is part of the form's top-level drop area: below the last field (even a tall
 * subform) the pointer is over the canvas, not over any list, and a drop there must land at the end
 * of the form rather than in whichever list's centre happens to be nearest.
 */
export const Canvas = memo(function Canvas() {
  const { t } = useLocale();
  const title = useDesigner((state) => state.schema.title);
  const fields = useDesigner((state) => state.schema.fields);
  const heading = usePageTitle(title, t(appMessages.productName));
  return (
    // A region inside the page's main landmark; the "skip to canvas" link lands on it.
    <section id="fw-canvas" tabIndex={-1} className="fw-canvas" aria-label={t(m.canvas)} data-drop-id={listDropId(undefined)}>
      <h2 ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <p className="fw-hint">{t(m.keyboardHelp)}</p>
      <FieldList fields={fields} ancestry="" />
    </section>
  );
});
