import { pipeline } from 'node:stream/promises';
import { findField, type FileField } from '@formwork/runtime';
import { isFileId } from '../files/filePath.js';
import { receiveFile } from '../files/receiveFile.js';
import { storeUpload } from '../files/storeUpload.js';
import { ApiRouter } from '../http/ApiRouter.js';
import { HttpError } from '../http/HttpError.js';
import { notFound } from '../http/httpErrors.js';
import { v } from '../http/validation/v.js';
import { hideFieldsOfRecord } from '../permissions/hideFields.js';
import { fileIdsOf } from '../records/resolveFileRefs.js';
import { openRecordForm } from '../records/openRecordForm.js';
import type { ServerContext } from '../ServerContext.js';
import type { User } from '../storage/UserStore.js';
import { openRecordAsParticipant } from '../workflows/openRecordAsParticipant.js';

const idText = (description: string) => v.string({ maxLength: 128, description });

/**
 * Attachments and images. `POST /api/files` stores an upload (size limit, images checked by their
 * bytes) and returns the FileRef to put in a record; `GET /api/files/:id` serves it to its
 * uploader, and — once a record references it — to whoever may see that record. Nobody else learns
 * that it exists.
 */
export function fileRoutes(context: ServerContext): ApiRouter {
  const { stores, settings } = context;
  const api = new ApiRouter();

  api.route(
    {
      method: 'post',
      path: '/api/files',
      summary: 'Upload a file (multipart/form-data, part "file")',
      description:
        'Send X-Requested-With (CSRF). With formId and fieldId the field’s maxSizeMB applies and an image or signature field takes only PNG, JPEG, GIF or WebP. Images are recognised by their bytes, never by name. Put the returned FileRef in a record’s image/attachment field.',
      tags: ['files'],
      access: 'signedIn',
      query: v.object({ formId: v.optional(idText('The form the file is for')), fieldId: v.optional(idText('Its image, attachment or signature field')) }),
      headers: { 'X-Requested-With': 'Required for non-JSON writes (CSRF)' },
      responses: {
        201: { description: 'Stored: { fileId, name, size, mimeType }', schema: { type: 'object', properties: { fileId: { type: 'string' }, name: { type: 'string' }, size: { type: 'integer' }, mimeType: { type: 'string' } } } },
        400: { description: 'invalid_upload, or a field that is not a file field' },
        404: { description: 'No such form, or not yours to submit to' },
        413: { description: 'file_too_large' },
        415: { description: 'file_type_mismatch: the bytes are not the image the name or type claims' },
      },
    },
    async ({ req, res, query, user }) => {
      const field = query.formId !== undefined || query.fieldId !== undefined ? await fileFieldOf(user, query.formId, query.fieldId) : undefined;
      const limit = Math.min(settings.records.uploadMaxBytes, field?.maxSizeMB === undefined ? Infinity : Math.floor(field.maxSizeMB * 1024 * 1024));
      const received = await receiveFile(req, { maxBytes: limit, tempDir: context.blobs.incomingDir });
      const ref = await storeUpload(context, user, received, field);
      res.status(201);
      return ref;
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/files/:id',
      summary: 'Download a file',
      description: 'Images (PNG, JPEG, GIF, WebP) are served inline; everything else as an attachment download.',
      tags: ['files'],
      access: 'signedIn',
      responses: { 200: { description: 'The bytes' }, 404: { description: 'No such file, or not yours to see' } },
    },
    async ({ res, user, param }) => {
      const id = param('id');
      const file = isFileId(id) ? await stores.files.findById(id) : undefined;
      if (!file || !(await maySee(user, file.id, file.uploaderId))) throw notFound();
      const image = file.mimeType.startsWith('image/');
      res.status(200);
      res.set({
        'Content-Type': image ? file.mimeType : 'application/octet-stream',
        'Content-Length': String(file.size),
        'Content-Disposition': `${image ? 'inline' : 'attachment'}; filename="${asciiName(file.name)}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
        ETag: `"${file.sha256}"`,
      });
      const bytes = await context.blobs.read(file.id);
      if (!bytes) throw new Error(`the bytes of ${file.id} are missing from the blob store`);
      await pipeline(bytes, res);
      return undefined;
    },
  );

  /**
   * The uploader always; anyone else through a record they may open — in their row scope, or as a
   * participant in its flow, who gets only the files of the fields their task's node shows.
   */
  async function maySee(user: User, fileId: string, uploaderId: string): Promise<boolean> {
    if (uploaderId === user.id) return true;
    // One record at a time, stopping at the first the user may open.
    for (const recordId of await stores.files.recordsReferencing(fileId)) {
      try {
        const opened = await openRecordAsParticipant(stores, user, recordId);
        if (opened.via === 'rowScope' || fileIdsOf(hideFieldsOfRecord(opened.record, opened.fields).data).has(fileId)) return true;
      } catch {
        // Not theirs to open: try the next record.
      }
    }
    return false;
  }

  async function fileFieldOf(user: User, formId: string | undefined, fieldId: string | undefined): Promise<FileField> {
    if (formId === undefined || fieldId === undefined) throw notAFileField();
    const { form } = await openRecordForm(stores, user, formId, 'submit');
    const field = findField(form.version.schema, fieldId);
    if (!field || (field.type !== 'image' && field.type !== 'attachment' && field.type !== 'signature')) throw notAFileField();
    return field;
  }

  return api;
}

function notAFileField(): HttpError {
  return new HttpError(400, 'not_a_file_field', { 'zh-CN': 'formId 和 fieldId 必须同时给出，并指向图片、附件或签名字段', en: 'formId and fieldId must come together and name an image, attachment or signature field' });
}

/** A fallback name for old clients: ASCII only, no quotes. */
function asciiName(name: string): string {
  return name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
}
