import { useState } from 'react';
import { ApiError } from '../api/ApiError.js';
import type { ImportResult, ImportRowError } from '../api/ApiViews.js';
import { useLocale } from '../i18n/LocaleContext.js';
import { useAppSession } from '../shell/AppSession.js';

type ImportState =
  | { readonly step: 'idle' }
  | { readonly step: 'busy' }
  | { readonly step: 'checked'; readonly rows: number }
  | { readonly step: 'done'; readonly imported: number }
  | { readonly step: 'skipped'; readonly imported: number; readonly skipped: number; readonly errors: readonly ImportRowError[]; readonly report: ImportReport | null }
  | { readonly step: 'errors'; readonly errors: readonly ImportRowError[]; readonly message: string };

type ImportReport = NonNullable<ImportResult['errorReport']>;

/**
 * Upload a CSV or XLSX file: "Check" asks the server for a dry run and lists every bad row;
 * "Import" stores all rows or none — or, with "Skip invalid rows" ticked, the good records, listing
 * the skipped ones with a report to download, fix and import again. The form's template (headers
 * and an example line) can be downloaded first.
 */
export function ImportPanel({ formId, onClose, onImported }: { readonly formId: string; readonly onClose: () => void; readonly onImported: () => void }) {
  const { api } = useAppSession();
  const { t } = useLocale();
  const [file, setFile] = useState<File | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const run = (dryRun: boolean): void => {
    if (!file) return;
    setState({ step: 'busy' });
    api.importRecords(formId, file, dryRun, skipInvalid).then(
      (result) => {
        const errors = result.errors ?? [];
        if (skipInvalid && !dryRun) {
          setState({ step: 'skipped', imported: result.imported ?? 0, skipped: result.skipped ?? 0, errors, report: result.errorReport ?? null });
          if ((result.imported ?? 0) > 0) onImported();
        } else if (errors.length > 0) setState({ step: 'errors', errors, message: '' });
        else if (dryRun) setState({ step: 'checked', rows: result.rows ?? result.imported ?? 0 });
        else {
          setState({ step: 'done', imported: result.imported ?? result.rows ?? 0 });
          onImported();
        }
      },
      (error: unknown) => {
        const rows = error instanceof ApiError ? rowErrors(error) : [];
        setState({ step: 'errors', errors: rows, message: error instanceof ApiError ? error.message : String(error) });
      },
    );
  };
  return (
    <section className="app-card app-import" aria-labelledby="import-title">
      <h2 id="import-title">{t('importTitle')}</h2>
      <label htmlFor="import-file">{t('importFile')}</label>
      <input
        id="import-file"
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => {
          setFile(e.target.files?.[0] ?? null);
          setState({ step: 'idle' });
        }}
      />
      <p>
        {t('importTemplate')}{' '}
        <a href={api.importTemplateUrl(formId, 'xlsx')} download>
          {t('importTemplateXlsx')}
        </a>{' '}
        <a href={api.importTemplateUrl(formId, 'csv')} download>
          {t('importTemplateCsv')}
        </a>
      </p>
      <label className="app-check">
        <input type="checkbox" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} /> {t('importSkipInvalid')}
      </label>
      <div className="app-actions">
        <button type="button" className="fw-button" disabled={!file || state.step === 'busy'} onClick={() => run(true)}>
          {t('importCheck')}
        </button>
        <button type="button" className="fw-button fw-button--primary" disabled={!file || state.step === 'busy'} onClick={() => run(false)}>
          {t('importRun')}
        </button>
        <button type="button" className="fw-button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <div role="status">
        {state.step === 'busy' && <p>{t('loading')}</p>}
        {state.step === 'checked' && <p>{t('importOk', { n: state.rows })}</p>}
        {state.step === 'done' && <p>{t('importDone', { n: state.imported })}</p>}
        {state.step === 'skipped' && <p>{t('importSkipped', { n: state.imported, skipped: state.skipped })}</p>}
      </div>
      {state.step === 'skipped' && state.errors.length > 0 && (
        <div>
          {state.report && (
            <p>
              <a href={`data:text/csv;charset=utf-8,${encodeURIComponent(state.report.csv)}`} download={state.report.fileName}>
                {t('importReport')}
              </a>
            </p>
          )}
          <ErrorTable errors={state.errors} />
        </div>
      )}
      {state.step === 'errors' && (
        <div role="alert">
          <p>{state.errors.length > 0 ? t('importErrors', { n: state.errors.length }) : state.message}</p>
          {state.errors.length > 0 && <ErrorTable errors={state.errors} />}
        </div>
      )}
    </section>
  );
}

/** Each problem of an import: the line as a spreadsheet numbers it, the column by its label, the reason. */
function ErrorTable({ errors }: { readonly errors: readonly ImportRowError[] }) {
  const { t } = useLocale();
  return (
    <table className="app-table">
      <thead>
        <tr>
          <th scope="col">{t('importRow')}</th>
          <th scope="col">{t('importColumn')}</th>
          <th scope="col">{t('importProblem')}</th>
        </tr>
      </thead>
      <tbody>
        {errors.map((error, i) => (
          <tr key={i}>
            <td>{error.row}</td>
            <td>{error.column ?? error.fieldId ?? ''}</td>
            <td>{error.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Row errors from a refused import (400 with the bad rows in `details`). */
function rowErrors(error: ApiError): ImportRowError[] {
  const extra = error.extra as { rows?: unknown; errors?: unknown } | undefined;
  const list = Array.isArray(extra?.errors) ? extra.errors : Array.isArray(extra?.rows) ? extra.rows : [];
  const fromExtra = list.flatMap((item: unknown): ImportRowError[] => {
    if (typeof item !== 'object' || item === null) return [];
    const e = item as Record<string, unknown>;
    return typeof e['row'] === 'number' && typeof e['message'] === 'string'
      ? [{ row: e['row'], message: e['message'], ...(typeof e['column'] === 'string' ? { column: e['column'] } : {}), ...(typeof e['fieldId'] === 'string' ? { fieldId: e['fieldId'] } : {}) }]
      : [];
  });
  if (fromExtra.length > 0) return fromExtra;
  return error.details.flatMap((d): ImportRowError[] => {
    const match = /^\/rows?\/(\d+)/.exec(d.pointer ?? '');
    return match ? [{ row: Number(match[1]), message: d.message, ...(d.fieldId ? { fieldId: d.fieldId } : {}) }] : [];
  });
}
