import { compileForm } from '@formwork/runtime';
import { FormRenderer } from '@formwork/runtime/react';
import { useMemo, useState } from 'react';
import { persistenceMessages as m } from '../../i18n/persistenceMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { useDesigner } from './DesignerStoreContext.js';
import { Dialog } from './Dialog.js';

const WIDTHS = { desktop: 960, phone: 375 } as const;

/**
 * The form as reps will see it, drawn by the runtime renderer under its title, at desktop or phone
 * width. The dialog's header (title and Close) stays in view while a long form scrolls.
 */
export function PreviewDialog({ onClose }: { readonly onClose: () => void }) {
  const { t, locale } = useLocale();
  const schema = useDesigner((state) => state.schema);
  const [width, setWidth] = useState<keyof typeof WIDTHS>('desktop');
  const compiled = useMemo(() => {
    try {
      return { ok: true as const, form: compileForm(schema) };
    } catch (error) {
      return { ok: false as const, message: error instanceof Error ? error.message : String(error) };
    }
  }, [schema]);
  const context = useMemo(() => ({ now: () => Date.now(), locale }), [locale]);
  return (
    <Dialog title={t(m.previewTitle)} onClose={onClose} wide>
      <div className="fw-preview-widths">
        {(Object.keys(WIDTHS) as (keyof typeof WIDTHS)[]).map((name) => (
          <button key={name} type="button" aria-pressed={width === name} onClick={() => setWidth(name)}>
            {t(m[name])}
          </button>
        ))}
      </div>
      <div className="fw-preview" data-width={width} style={{ width: WIDTHS[width], maxWidth: '100%' }}>
        {/* The renderer draws the fields only; the app's page shows the title above them, so does this. */}
        <h3 className="fw-preview-title">{schema.title}</h3>
        {compiled.ok ? (
          <FormRenderer key={width} compiled={compiled.form} context={context} />
        ) : (
          <p role="alert">
            {t(m.previewUnavailable)}: {compiled.message}
          </p>
        )}
      </div>
    </Dialog>
  );
}
