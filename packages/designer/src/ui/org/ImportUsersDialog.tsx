import { useState, type FormEvent } from 'react';
import type { ImportedUser, OrgApi } from '../../api/OrgApi.js';
import { useLocale } from '../../i18n/LocaleContext.js';
import { orgMessages as m } from '../../i18n/orgMessages.js';
import { Dialog } from '../editor/Dialog.js';
import { useFieldId } from '../properties/useFieldId.js';
import { describeProblem } from './describeProblem.js';
import { importRowErrorsOf, type ImportRowErrors } from './importRowErrorsOf.js';

const accepted = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Imports users from a CSV or XLSX file, all or nothing. A refused file lists every bad row by
 * number and column; an accepted one lists the passwords the server generated, this once.
 */
export function ImportUsersDialog({ api, onImported, onClose }: { readonly api: OrgApi; readonly onImported: (count: number) => void; readonly onClose: () => void }) {
  const { t, locale } = useLocale();
  const id = useFieldId();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [rowErrors, setRowErrors] = useState<ImportRowErrors | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [imported, setImported] = useState<readonly ImportedUser[] | null>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setRowErrors(null);
    setProblem(null);
    if (!file) {
      setProblem(t(m.chooseFile));
      return;
    }
    setBusy(true);
    try {
      const users = await api.importUsers(file, file.name);
      setImported(users);
      onImported(users.length);
    } catch (error) {
      const rows = importRowErrorsOf(error);
      if (rows) setRowErrors(rows);
      else setProblem(describeProblem(error, {}, t));
    }
    setBusy(false);
  };

  const generated = imported?.filter((user) => user.initialPassword !== undefined) ?? [];
  return (
    <Dialog title={t(m.importUsers)} onClose={onClose}>
      <form className="fw-org-form" onSubmit={(event) => void submit(event)}>
        <p className="fw-hint" id={`${id}-hint`}>
          {t(m.importHint)}
        </p>
        <p className="fw-org-actions">
          <a href={api.userImportTemplateUrl('csv', locale)} download>
            {t(m.csvTemplate)}
          </a>
          <a href={api.userImportTemplateUrl('xlsx', locale)} download>
            {t(m.xlsxTemplate)}
          </a>
        </p>
        <label htmlFor={`${id}-file`}>{t(m.importFile)}</label>
        <input id={`${id}-file`} type="file" accept={accepted} aria-describedby={`${id}-hint`} onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        {problem ? <p role="alert">{problem}</p> : null}
        {rowErrors ? (
          <div role="alert" className="fw-problems">
            <p>{t(m.importErrors)}</p>
            <ul>
              {rowErrors.errors.map((error, index) => (
                <li key={index}>
                  {error.column === null
                    ? t(m.rowErrorNoColumn, { row: error.row, message: error.message })
                    : t(m.rowError, { row: error.row, column: error.column, message: error.message })}
                </li>
              ))}
            </ul>
            {rowErrors.errorCount > rowErrors.errors.length ? <p>{t(m.moreErrors, { count: rowErrors.errorCount - rowErrors.errors.length })}</p> : null}
          </div>
        ) : null}
        <div className="fw-org-actions">
          <button type="submit" className="fw-btn-primary" disabled={busy}>
            {busy ? t(m.importing) : t(m.importAction)}
          </button>
        </div>
      </form>
      {imported ? (
        <div role="status">
          <p>{t(m.imported, { count: imported.length })}</p>
          {generated.length > 0 ? (
            <>
              <p>{t(m.generatedPasswords)}</p>
              <table className="fw-org-table">
                <thead>
                  <tr>
                    <th scope="col">{t(m.username)}</th>
                    <th scope="col">{t(m.password)}</th>
                  </tr>
                </thead>
                <tbody>
                  {generated.map((user) => (
                    <tr key={user.id}>
                      <td>{user.username}</td>
                      <td>
                        <code>{user.initialPassword}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
        </div>
      ) : null}
    </Dialog>
  );
}
