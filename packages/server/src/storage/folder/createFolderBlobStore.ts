import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { BlobStore } from '../BlobStore.js';

const blobIdPattern = /^fil_([0-9a-f]{2})([0-9a-f]{2})[0-9a-f]+$/;

/** Where a folder blob store keeps the bytes of `id` (throws for an id it did not make). */
export function folderBlobPath(root: string, id: string): string {
  const match = blobIdPattern.exec(id);
  if (!match?.[1] || !match[2]) throw new Error(`not a file id: ${id}`);
  return join(root, match[1], match[2], id);
}

/**
 * Blobs in a folder: `<root>/aa/bb/<id>`, fanned out by the id's first hex digits so no folder
 * grows huge, with uploads arriving in `<root>/incoming/`. Only ids of the server's own making
 * (`fil_` + hex) map to a path, so nothing a client sends can walk out of the folder.
 *
 * @example
 * const blobs = createFolderBlobStore('/srv/formwork/files');
 * await blobs.put('fil_3f9a0c…', '/srv/formwork/files/incoming/upload-1');
 */
export function createFolderBlobStore(root: string): BlobStore {
  const pathOf = (id: string): string => folderBlobPath(root, id);
  return {
    incomingDir: join(root, 'incoming'),
    async put(id, tempPath) {
      const target = pathOf(id);
      await mkdir(dirname(target), { recursive: true });
      await rename(tempPath, target);
      // The rename is durable only once the folder holding the new name is on disk too.
      const folder = await open(dirname(target), 'r');
      try {
        await folder.sync();
      } finally {
        await folder.close();
      }
    },
    async read(id) {
      const stream = createReadStream(pathOf(id));
      return new Promise<Readable | undefined>((resolve, reject) => {
        stream.once('open', () => resolve(stream));
        stream.once('error', (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? resolve(undefined) : reject(error)));
      });
    },
    async delete(id) {
      await rm(pathOf(id), { force: true });
    },
  };
}
