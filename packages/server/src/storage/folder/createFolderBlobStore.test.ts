import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { createFolderBlobStore } from './createFolderBlobStore.js';

const id = 'fil_3f9a0c11aa22';

describe('createFolderBlobStore', () => {
  it('moves an arrived upload under its id, fanned out by the id, and reads it back', async () => {
    const root = mkdtempSync(join(tmpdir(), 'blobs-'));
    const blobs = createFolderBlobStore(root);
    expect(blobs.incomingDir).toBe(join(root, 'incoming'));
    const temp = join(root, 'upload');
    writeFileSync(temp, '合同扫描件');
    await blobs.put(id, temp);
    expect(readdirSync(root).sort()).toEqual(['3f']);
    expect(readdirSync(join(root, '3f', '9a'))).toEqual([id]);
    const stream = await blobs.read(id);
    expect(stream && (await text(stream))).toBe('合同扫描件');
  });

  it('answers undefined for bytes that are not there, and deleting them twice is fine', async () => {
    const blobs = createFolderBlobStore(mkdtempSync(join(tmpdir(), 'blobs-')));
    expect(await blobs.read(id)).toBeUndefined();
    await blobs.delete(id);
    await blobs.delete(id);
  });

  it('refuses ids it did not make, so no path can leave the folder', async () => {
    const blobs = createFolderBlobStore(mkdtempSync(join(tmpdir(), 'blobs-')));
    await expect(blobs.read('../../etc/passwd')).rejects.toThrow('not a file id');
    await expect(blobs.delete('fil_../../x')).rejects.toThrow('not a file id');
  });
});
