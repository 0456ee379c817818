import { useEffect, useId, useState, type FormEvent } from 'react';
import type { FormSummary } from '../../api/ApiTypes.js';
import type { AppDetails } from '../../api/AppApi.js';
import type { ApiClient } from '../../api/createApiClient.js';
import { appSettingsMessages as m } from '../../i18n/appSettingsMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';

/** As many quick buttons as the workbench shows (the server refuses more). */
const quickFormSlots = 3;
const hexColor = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/**
 * The app page's settings: the icon and colour the workbench draws the app in, and its quick
 * forms — a rep's daily forms, offered as buttons before the forms each person fills most, so a
 * new rep has them on day one. One pick per slot keeps the order visible; the choices are the app's
 * forms in use (one archived since it was chosen is dropped on the next save, as the workbench
 * already skips it).
 */
export function AppSettingsSection({ api, appId, forms }: { readonly api: ApiClient; readonly appId: string; readonly forms: readonly FormSummary[] }) {
  const { t } = useLocale();
  const id = useId();
  const [loaded, setLoaded] = useState<AppDetails | null>(null);
  const [icon, setIcon] = useState('');
  const [color, setColor] = useState('');
  const [slots, setSlots] = useState<readonly string[]>([]);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<string | null>(null);
  const show = (app: AppDetails): void => {
    setLoaded(app);
    setIcon(app.icon ?? '');
    setColor(app.color ?? '');
    setSlots(app.quickForms);
  };
  useEffect(() => {
    api.getApp(appId).then(show, (problem: unknown) => setError(t(m.requestFailed, { message: problem instanceof Error ? problem.message : String(problem) })));
    // `t` changes with the language only; reloading then would drop unsaved picks.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, appId]);

  const pick = (slot: number, formId: string): void => {
    const next = Array.from({ length: quickFormSlots }, (_, index) => (index === slot ? formId : (slots[index] ?? '')));
    setSlots(next);
    setState('idle');
  };
  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (state === 'saving') return;
    const colour = color.trim();
    if (colour !== '' && !hexColor.test(colour)) {
      setError(t(m.badColor));
      return;
    }
    // Empty slots and repeats say nothing: the server keeps a form once, in the order picked.
    const quickForms = slots.filter((formId, index) => formId !== '' && forms.some((form) => form.id === formId) && slots.indexOf(formId) === index);
    setError(null);
    setState('saving');
    try {
      show(await api.updateApp(appId, { icon: icon.trim() === '' ? null : icon.trim(), color: colour === '' ? null : colour, quickForms }));
      setState('saved');
    } catch (problem) {
      setError(t(m.requestFailed, { message: problem instanceof Error ? problem.message : String(problem) }));
      setState('idle');
    }
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t(m.appSettings)}</h3>
      {error ? <p role="alert">{error}</p> : null}
      {loaded === null ? null : (
        <form onSubmit={(event) => void save(event)} aria-labelledby={`${id}-title`}>
          <div className="fw-inline-form">
            <label htmlFor={`${id}-icon`}>{t(m.icon)}</label>
            <input id={`${id}-icon`} value={icon} maxLength={64} aria-describedby={`${id}-icon-hint`} onChange={(event) => setIcon(event.target.value)} />
            <span id={`${id}-icon-hint`} className="fw-muted">
              {t(m.iconHint)}
            </span>
          </div>
          <div className="fw-inline-form">
            <label htmlFor={`${id}-color`}>{t(m.color)}</label>
            <input id={`${id}-color`} value={color} maxLength={7} aria-describedby={`${id}-color-hint`} onChange={(event) => setColor(event.target.value)} />
            <span id={`${id}-color-hint`} className="fw-muted">
              {t(m.colorHint)}
            </span>
          </div>
          <fieldset aria-describedby={`${id}-quick-hint`}>
            <legend>{t(m.quickForms)}</legend>
            <p id={`${id}-quick-hint`} className="fw-muted">
              {t(m.quickFormsHint)}
            </p>
            {Array.from({ length: quickFormSlots }, (_, slot) => (
              <div className="fw-inline-form" key={slot}>
                <label htmlFor={`${id}-quick-${slot}`}>{t(m.quickFormNumber, { number: String(slot + 1) })}</label>
                <select id={`${id}-quick-${slot}`} value={forms.some((form) => form.id === slots[slot]) ? slots[slot] : ''} onChange={(event) => pick(slot, event.target.value)}>
                  <option value="">{t(m.none)}</option>
                  {forms.map((form) => (
                    <option key={form.id} value={form.id}>
                      {form.title}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </fieldset>
          <p className="fw-inline-form">
            <button type="submit" className="fw-btn-primary" aria-disabled={state === 'saving' || undefined}>
              {t(m.save)}
            </button>
            <span role="status">{state === 'saving' ? t(m.saving) : state === 'saved' ? t(m.saved) : ''}</span>
          </p>
        </form>
      )}
    </section>
  );
}
