import type { WidgetData } from '@formwork/runtime';
import { lazy, Suspense, useMemo } from 'react';
import type { DashboardPreviewState } from '../../dashboard/createDashboardSession.js';
import { dashboardMessages as m } from '../../i18n/dashboardMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';

// The app's own widgets, loaded only when a preview is shown: echarts stays out of the designer's first load.
const DashboardView = lazy(() => import('@formwork/runtime/charts').then((charts) => ({ default: charts.DashboardView })));

/**
 * The live preview: every widget of the saved draft drawn by the app's own widgets from the
 * server's figures on the stored records, and each widget the server could not compute named
 * with why.
 */
export function DashboardPreviewPane({ preview, busy, onRefresh }: { readonly preview: DashboardPreviewState; readonly busy: boolean; readonly onRefresh: () => void }) {
  const { t, locale } = useLocale();
  const data = useMemo(() => {
    const entries: [string, WidgetData][] = preview.status === 'ready' ? preview.answer.widgets.flatMap((answer) => ('data' in answer ? [[answer.id, answer.data] as [string, WidgetData]] : [])) : [];
    return Object.fromEntries(entries);
  }, [preview]);
  return (
    <section className="fw-dash-preview" aria-labelledby="fw-dash-preview-title">
      <div className="fw-dash-preview__head">
        <h3 id="fw-dash-preview-title">{t(m.preview)}</h3>
        <button type="button" disabled={busy || preview.status === 'loading'} onClick={onRefresh}>
          {t(m.refreshPreview)}
        </button>
      </div>
      <p className="fw-muted">{t(m.previewHint)}</p>
      <div role="status">{preview.status === 'loading' ? t(m.previewLoading) : ''}</div>
      {preview.status === 'error' ? <p role="alert">{t(preview.reason)}</p> : null}
      {preview.status === 'ready' ? (
        <>
          {preview.answer.widgets.some((answer) => 'error' in answer) ? (
            <ul className="fw-dash-preview__errors">
              {preview.answer.widgets.flatMap((answer) =>
                'error' in answer ? [<li key={answer.id}>{t(m.widgetFailed, { title: preview.dashboard.widgets.find((widget) => widget.id === answer.id)?.title ?? answer.id, message: answer.error.message })}</li>] : [],
              )}
            </ul>
          ) : null}
          <Suspense fallback={<p>{t(m.previewLoading)}</p>}>
            <DashboardView dashboard={preview.dashboard} data={data} locale={locale} />
          </Suspense>
        </>
      ) : null}
    </section>
  );
}
