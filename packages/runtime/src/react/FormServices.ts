import type { FileRef, OrgScope } from '../engine/index.js';

/** A member as a picker lists it. */
export interface MemberOption {
  readonly id: string;
  readonly name: string;
  /** Shown under the name to tell two people of one name apart. */
  readonly detail?: string;
}

/** A department as a picker lists it. */
export interface DepartmentOption {
  readonly id: string;
  readonly name: string;
  /** The path from the root, e.g. `Sales / East`. */
  readonly detail?: string;
}

/** A record of another form, as a link picker lists it. */
export interface RecordOption {
  readonly id: string;
  readonly label: string;
}

export interface UploadOptions {
  /** The file, image or signature field the upload is for (the server applies its limits). */
  readonly fieldId?: string;
  /** Called with 0…1 as the bytes go out. */
  readonly onProgress?: (fraction: number) => void;
  readonly signal?: AbortSignal;
}

export interface RecordSearch {
  readonly formId: string;
  readonly query: string;
  readonly displayField: string;
  readonly filter?: unknown;
}

/**
 * Everything the renderer needs from the outside world, injected so that it never fetches by
 * itself: the app passes calls to its server, tests pass fakes. A missing service disables the
 * controls that need it (they say so) rather than failing.
 */
export interface FormServices {
  readonly uploadFile?: (file: Blob, name: string, options: UploadOptions) => Promise<FileRef>;
  /** A URL to show or download an uploaded file (thumbnails, links). */
  readonly fileUrl?: (file: FileRef) => string;
  readonly searchMembers?: (query: string, scope?: OrgScope) => Promise<readonly MemberOption[]>;
  readonly searchDepartments?: (query: string, scope?: OrgScope) => Promise<readonly DepartmentOption[]>;
  /** Names for stored ids (a reopened record shows names, not ids). */
  readonly describeMembers?: (ids: readonly string[]) => Promise<readonly MemberOption[]>;
  readonly describeDepartments?: (ids: readonly string[]) => Promise<readonly DepartmentOption[]>;
  readonly searchRecords?: (search: RecordSearch) => Promise<readonly RecordOption[]>;
  readonly describeRecords?: (formId: string, displayField: string, ids: readonly string[]) => Promise<readonly RecordOption[]>;
  /** The device's position; the app passes the Geolocation API. */
  readonly locate?: () => Promise<{ readonly lat: number; readonly lng: number }>;
}
