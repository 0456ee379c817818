import { useLocale } from '../../i18n/LocaleContext.js';
import { editorMessages } from '../../i18n/editorMessages.js';
import { useDesigner } from './DesignerStoreContext.js';

/** Why the last command was refused, announced to screen readers, until dismissed or fixed. */
export function ErrorBanner() {
  const { t } = useLocale();
  const error = useDesigner((state) => state.lastError);
  const clearError = useDesigner((state) => state.clearError);
  if (!error) return null;
  return (
    <div role="alert" className="fw-error">
      <span>{t(error)}</span>
      <button type="button" className="fw-btn-text fw-btn-small" onClick={clearError}>
        {t(editorMessages.dismiss)}
      </button>
    </div>
  );
}
