import type { DashboardDataScope, DashboardSchema } from '@formwork/runtime';
import { useId } from 'react';
import type { DashboardSourceForm } from '../../dashboard/createDashboardSession.js';
import type { DashboardStore } from '../../dashboard/createDashboardStore.js';
import { dashboardMessages as m } from '../../i18n/dashboardMessages.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { CommitOnBlurInput } from './CommitOnBlurInput.js';
import { DashboardFiltersEditor } from './DashboardFiltersEditor.js';

/** With no widget selected: the dashboard's title, whose data its widgets count, and its filters. */
export function DashboardSettingsPanel({ dashboard, forms, store }: { readonly dashboard: DashboardSchema; readonly forms: readonly DashboardSourceForm[]; readonly store: DashboardStore }) {
  const { t } = useLocale();
  const id = useId();
  return (
    <section className="fw-dash-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t(m.settings)}</h3>
      <p className="fw-muted">{t(m.noSelection)}</p>
      <div className="fw-setting">
        <label htmlFor={`${id}-title`}>{t(m.dashboardTitle)}</label>
        <CommitOnBlurInput key={dashboard.title} id={`${id}-title`} value={dashboard.title} onCommit={(title) => store.getState().setDashboardSettings({ title: title.trim() }).ok} />
      </div>
      <div className="fw-setting">
        <label htmlFor={`${id}-scope`}>{t(m.dataScope)}</label>
        <select id={`${id}-scope`} value={dashboard.dataScope ?? 'viewer'} onChange={(event) => store.getState().setDashboardSettings({ dataScope: event.target.value as DashboardDataScope })}>
          <option value="viewer">{t(m.scopeViewer)}</option>
          <option value="all">{t(m.scopeAll)}</option>
        </select>
      </div>
      <DashboardFiltersEditor dashboard={dashboard} forms={forms} store={store} />
    </section>
  );
}
