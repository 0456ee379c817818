import type { Readable } from 'node:stream';

/**
 * The bytes of uploaded files, by file id (the metadata is the FileStore's). A folder by default
 * (`storage/folder/`); every server process serving one database must reach the same blobs (on
 * PostgreSQL with two processes: a shared folder, or another adapter such as object storage).
 */
export interface BlobStore {
  /**
   * Where an upload's bytes land while they arrive, so that `put` can be a rename (the same file
   * system as the store).
   */
  readonly incomingDir: string;
  /** Keeps a complete, fsynced temp file (inside `incomingDir`) as the bytes of `id`; the temp file is gone afterwards. */
  put(id: string, tempPath: string): Promise<void>;
  /** The bytes of `id`, or undefined when there are none. */
  read(id: string): Promise<Readable | undefined>;
  /** Removes the bytes of `id` (nothing happens when there are none). */
  delete(id: string): Promise<void>;
}
