import { join } from 'node:path';
import { folderBlobPath } from '../storage/folder/createFolderBlobStore.js';

const fileIdPattern = /^fil_[0-9a-f]{5,}$/;

/**
 * Where the default (folder) blob store keeps a file's bytes: `<dataDir>/files/aa/bb/<id>`. For
 * tests and tools that look at the folder; the server itself goes through `context.blobs`.
 *
 * @example
 * filePath('/srv/data', 'fil_3f9a0c…') // '/srv/data/files/3f/9a/fil_3f9a0c…'
 */
export function filePath(dataDir: string, fileId: string): string {
  return folderBlobPath(join(dataDir, 'files'), fileId);
}

/** Whether a string is a file id of the server's making. */
export function isFileId(text: string): boolean {
  return fileIdPattern.test(text);
}
