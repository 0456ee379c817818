import { importRolesOf } from '@formwork/runtime';
import { receiveFile } from '../files/receiveFile.js';
import { ApiRouter } from '../http/ApiRouter.js';
import { v } from '../http/validation/v.js';
import { beginImport } from '../importExport/beginImport.js';
import { importTemplate } from '../importExport/importTemplate.js';
import { writeCsvExport, writeXlsxExport } from '../importExport/writeExport.js';
import { startExportWorker } from '../importExport/startExportWorker.js';
import { writeRecordsExport, type RecordsExport } from '../importExport/writeRecordsExport.js';
import { readFilterParam } from '../query/readFilterParam.js';
import { localDateOf, timeZoneAt } from '../query/TimeZone.js';
import { openRecordForm } from '../records/openRecordForm.js';
import { importNotAllowed } from '../records/recordErrors.js';
import type { ServerContext } from '../ServerContext.js';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Import (`POST /api/forms/:id/import`, CSV or XLSX, all or nothing or skipping bad records), its
 * template (`GET /api/forms/:id/import/template`) and export
 * (`GET /api/forms/:id/export?format=csv|xlsx`, the caller's rows only, formula-injection safe).
 */
export function importExportRoutes(context: ServerContext): ApiRouter {
  const { stores, settings } = context;
  const api = new ApiRouter();

  api.route(
    {
      method: 'post',
      path: '/api/forms/:id/import',
      summary: 'Import records from a CSV or XLSX file',
      description:
        'multipart/form-data with a part named "file" (or the raw file with its content type), plus X-Requested-With. The first row names fields by label, alias or id; subform columns as "Subform · Column"; lines sharing the 记录ID/Record ID column are one record (its fields on the first line, one subform row per line); other columns are ignored. Every record is validated like a submit. mode=all-or-nothing (default): if any is bad nothing is imported and details.errors lists each {row, column, fieldId, message} (row numbers as a spreadsheet shows them, the header being row 1; column as the file heads it, or the field label). mode=skip-invalid: the good records are written, the bad ones skipped; the answer adds skipped, errorCount, errors and errorReport {fileName, csv, truncated} — the skipped lines with an error column, to fix and import again. dryRun=true only checks.',
      tags: ['records'],
      access: 'signedIn',
      query: v.object({ dryRun: v.optional(v.oneOf(['true', 'false'])), mode: v.optional(v.oneOf(['all-or-nothing', 'skip-invalid'])) }),
      headers: { 'X-Requested-With': 'Required for non-JSON writes (CSRF)' },
      responses: {
        200: { description: '{ rows, imported, dryRun, ignoredColumns } — with mode=skip-invalid also { skipped, errorCount, errors, errorReport }' },
        400: { description: 'import_invalid (details.errors: every bad row), no_columns, invalid_csv, unreadable_file, invalid_upload' },
        403: { description: "You may read this form but not submit to it; import_not_allowed: the form's settings.access.import.roles leave your role out (default: managers and admins)" },
        404: { description: 'No such form, or not yours to see' },
        413: { description: 'file_too_large, too_many_rows, xlsx_too_large (an XLSX past the zip-bomb bounds; details.bound names which), import_too_large (the import needed more memory than one may use)' },
      },
    },
    async ({ req, query, user, locale, param }) => {
      const opened = await openRecordForm(stores, user, param('id'), 'submit');
      if (!importRolesOf(opened.form.version.schema).includes(user.role)) throw importNotAllowed();
      const length = Number(req.get('content-length'));
      const pending = beginImport(context, opened, locale, Number.isSafeInteger(length) ? length : undefined, query.mode ?? 'all-or-nothing');
      try {
        const file = await receiveFile(req, { maxBytes: settings.records.importMaxBytes });
        return await pending.run(file.bytes ?? Buffer.alloc(0), query.dryRun === 'true');
      } finally {
        await pending.close();
      }
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/forms/:id/import/template',
      summary: 'An import template of a form (CSV or XLSX): the headers an import reads and an example line',
      description:
        'A column per importable field headed by its label (subform columns as "Subform · Column", with the 记录ID/Record ID key column first when the form has subforms; date-time headers name the zone), and one example line with a value of each type as people type it (option labels, a local date, your username), which imports as it is. XLSX adds a second sheet of notes in both languages. CSV is UTF-8 with BOM.',
      tags: ['records'],
      access: 'signedIn',
      query: v.object({ format: v.optional(v.oneOf(['csv', 'xlsx'])) }),
      responses: { 200: { description: 'The file' }, 403: { description: 'You may read this form but not submit to it' }, 404: { description: 'No such form, or not yours to see' } },
    },
    async ({ res, query, user, locale, param }) => {
      const opened = await openRecordForm(stores, user, param('id'), 'submit');
      const now = context.now();
      const zone = timeZoneAt(settings.records.timeZone, now);
      const department = user.departmentId === null ? undefined : await stores.departments.findById(user.departmentId);
      const template = importTemplate(opened.form, locale, zone, now, { username: user.username, departmentName: department?.name }, opened.fields.locked);
      const format = query.format ?? 'csv';
      const title = opened.form.version.schema.title;
      const fileName = `${title}-${locale === 'zh-CN' ? '导入模板' : 'import-template'}.${format}`;
      res.status(200).set({
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : xlsxType,
        'Content-Disposition': `attachment; filename="import-template.${format}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      });
      if (format === 'csv') await writeCsvExport(res, template.headers, [template.example]);
      else await writeXlsxExport(res, title, template.headers, [template.example], { sheetName: locale === 'zh-CN' ? '填写说明' : 'Notes', lines: template.notes });
      return undefined;
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/forms/:id/export',
      summary: 'Export records as CSV or XLSX',
      description:
        'The records you may see, filtered like the list. Headers are field labels (removed fields last, marked as removed), then record id, submitter and times. Text starting with = + - @ (or a tab or carriage return) gets a leading apostrophe so spreadsheets never run it.',
      tags: ['records'],
      access: 'signedIn',
      query: v.object({
        format: v.optional(v.oneOf(['csv', 'xlsx'])),
        filter: v.optional(v.string({ maxLength: 20_000, description: 'A JSON filter tree, as for the list' })),
      }),
      responses: { 200: { description: 'The file (CSV: UTF-8 with BOM)' }, 400: { description: 'invalid_query' }, 404: { description: 'No such form, or not yours to see' } },
    },
    async ({ res, query, user, locale, param }) => {
      // Checked here, so that a bad filter or a form out of reach is a clean 400 / 404 before any byte is sent.
      const opened = await openRecordForm(stores, user, param('id'), 'read');
      const now = context.now();
      const zone = timeZoneAt(settings.records.timeZone, now);
      const filter = readFilterParam(query.filter, opened.fields.queryFields, zone);
      const format = query.format ?? 'csv';
      const fileName = `${opened.form.version.schema.title}-${localDateOf(now, zone).replaceAll('-', '')}.${format}`;
      res.status(200).set({
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : xlsxType,
        'Content-Disposition': `attachment; filename="export.${format}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      });
      const request: RecordsExport = { formId: opened.form.formId, locale, now, timeZone: settings.records.timeZone, filter: query.filter, format };
      try {
        if (context.storageAddress === null) await writeRecordsExport(stores, user, request, res);
        else {
          await stores.records.prepareToRead({ formId: opened.form.formId, columns: opened.form.columns, scope: opened.scope, filter, state: 'live' });
          await startExportWorker({ ...request, storage: context.storageAddress, userId: user.id }, res);
        }
      } catch (error) {
        if (!res.headersSent) throw error;
        // Part of the file is out: cut the connection, so the client sees a failed download rather than a short file.
        context.logger.error(`Export of form ${opened.form.formId} failed midway`, error);
        res.destroy();
      }
      return undefined;
    },
  );

  return api;
}
