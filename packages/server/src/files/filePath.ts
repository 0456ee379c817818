import { join } from 'node:path';

const fileIdPattern = /^fil_([0-9a-f]{2})([0-9a-f]{2})[0-9a-f]+$/;

/**
 * Where a file's bytes live: `<dataDir>/files/aa/bb/<id>`, fanned out by the id's first hex
 * digits so no folder grows huge. Only ids of the server's own making (`fil_` + hex) map to a path,
 * so nothing a client sends can walk out of the folder.
 *
 * @example
 * filePath('/srv/data', 'fil_3f9a0c…') // '/srv/data/files/3f/9a/fil_3f9a0c…'
 */
export function filePath(dataDir: string, fileId: string): string {
  const match = fileIdPattern.exec(fileId);
  if (!match?.[1] || !match[2]) throw new Error(`not a file id: ${fileId}`);
  return join(dataDir, 'files', match[1], match[2], fileId);
}

/** Whether a string is a file id of the server's making. */
export function isFileId(text: string): boolean {
  return fileIdPattern.test(text);
}
