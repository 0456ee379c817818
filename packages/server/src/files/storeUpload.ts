import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileField, FileRef } from '@formwork/runtime';
import type { ServerContext } from '../ServerContext.js';
import type { User } from '../storage/UserStore.js';
import { fileTooLarge, fileTypeMismatch } from './fileErrors.js';
import type { ReceivedFile } from './receiveFile.js';
import { sniffFileType } from './sniffFileType.js';

const safeMimeType = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$/;

/**
 * Decides what a received file is and keeps it: images are whatever their bytes say (a declared
 * `image/*` whose bytes are no PNG, JPEG, GIF or WebP is refused, and an image or signature field
 * takes only those), other files keep a well-formed declared type or become
 * `application/octet-stream`. The bytes go to the blob store (already fsynced),
 * then the row is written; the result is the FileRef a record will hold.
 */
export async function storeUpload(context: ServerContext, user: User, received: ReceivedFile, field: FileField | undefined): Promise<FileRef> {
  if (!received.tempPath) throw new Error('storeUpload needs a file received to disk');
  try {
    const sniffed = sniffFileType(received.head);
    const declared = received.declaredType.toLowerCase();
    const claimsImage = declared.startsWith('image/') || /\.(png|jpe?g|gif|webp|bmp|svg|ico|heic)$/i.test(received.name);
    if ((claimsImage || field?.type === 'image' || field?.type === 'signature') && !sniffed) throw fileTypeMismatch();
    if (field?.maxSizeMB !== undefined && received.size > field.maxSizeMB * 1024 * 1024) throw fileTooLarge(Math.floor(field.maxSizeMB * 1024 * 1024));
    const mimeType = sniffed ?? (safeMimeType.test(declared) && !declared.startsWith('image/') ? declared : 'application/octet-stream');
    const id = `fil_${context.randomBytes(16).toString('hex')}`;
    await context.blobs.put(id, received.tempPath);
    await context.stores.files.create({ id, uploaderId: user.id, name: received.name, mimeType, size: received.size, sha256: received.sha256, createdAt: context.now() });
    return { fileId: id, name: received.name, size: received.size, mimeType };
  } finally {
    await rm(received.tempPath, { force: true });
  }
}

/** Where the folder blob store of a data folder takes uploads in (for tests and tools; the server asks `context.blobs.incomingDir`). */
export function uploadTempDir(dataDir: string): string {
  return join(dataDir, 'files', 'incoming');
}
