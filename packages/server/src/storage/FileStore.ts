/** An uploaded file's metadata; the bytes live under the data folder (see `filePath`). */
export interface StoredFile {
  readonly id: string;
  readonly uploaderId: string;
  /** As uploaded, for `Content-Disposition` and the record's FileRef. */
  readonly name: string;
  /** Checked against the bytes for images (see `sniffFileType`). */
  readonly mimeType: string;
  readonly size: number;
  readonly sha256: string;
  readonly createdAt: number;
}

export interface FileStore {
  create(file: StoredFile): Promise<void>;
  findById(id: string): Promise<StoredFile | undefined>;
  /**
   * Replaces the set of files a record references (kept in step with its data on every write),
   * and marks each as attached from `at` on, for good (see `listUnattached`).
   */
  setRecordFiles(recordId: string, fileIds: readonly string[], at: number): Promise<void>;
  /** Uploads no record has ever referenced, made before `before`, oldest first. */
  listUnattached(before: number, limit: number): Promise<StoredFile[]>;
  /** Removes the row of an upload no record has ever referenced; false when one has (or it is gone). */
  deleteUnattached(id: string): Promise<boolean>;
  /** Ids of the records referencing a file (deleted ones too: a restored record gets its files back). */
  recordsReferencing(fileId: string): Promise<string[]>;
}
