import type { FileRef } from '../../engine/index.js';
import type { DepartmentOption, FormServices, MemberOption } from '../../react/index.js';
import type { DepartmentNode, DirectoryEntry } from './ApiViews.js';
import type { FormworkApi } from './FormworkApi.js';
import { joinFilters, type FilterTree } from './RecordFilter.js';

/**
 * The renderer's services, backed by the server: the directory and department tree (fetched once
 * per form and searched in the browser; a sales team's directory is small), record search for
 * link pickers, uploads with progress (checked against the field's limits when `formId` is
 * given), and the device's position.
 */
export function createFormServices(api: FormworkApi, formId?: string): FormServices {
  let directory: Promise<readonly DirectoryEntry[]> | null = null;
  let departments: Promise<readonly DepartmentOption[]> | null = null;
  const users = (): Promise<readonly DirectoryEntry[]> => (directory ??= api.users().catch((error: unknown) => ((directory = null), Promise.reject(error))));
  const deptList = (): Promise<readonly DepartmentOption[]> =>
    (departments ??= api.departments().then(flattenDepartments, (error: unknown) => ((departments = null), Promise.reject(error))));
  const toMember = async (entry: DirectoryEntry): Promise<MemberOption> => {
    const department = entry.departmentId ? (await deptList().catch(() => [])).find((d) => d.id === entry.departmentId) : undefined;
    return department ? { id: entry.id, name: entry.name, detail: department.name } : { id: entry.id, name: entry.name };
  };
  const matches = (text: string, query: string): boolean => text.toLowerCase().includes(query.trim().toLowerCase());

  return {
    searchMembers: async (query) => Promise.all((await users()).filter((u) => matches(u.name, query)).slice(0, 50).map(toMember)),
    describeMembers: async (ids) => Promise.all((await users()).filter((u) => ids.includes(u.id)).map(toMember)),
    searchDepartments: async (query) => (await deptList()).filter((d) => matches(d.name, query) || matches(d.detail ?? '', query)).slice(0, 50),
    describeDepartments: async (ids) => (await deptList()).filter((d) => ids.includes(d.id)),
    searchRecords: async ({ formId, query, displayField, filter }) => {
      const like: FilterTree | undefined = query.trim() === '' ? undefined : { field: displayField, op: 'like', value: query.trim() };
      // The link field's filter is a server filter tree written by the designer; the server checks it.
      const page = await api.records(formId, { filter: joinFilters([filter as FilterTree | undefined, like]), limit: 20 });
      return page.items.map((record) => ({ id: record.id, label: String(record.data[displayField] ?? record.id) }));
    },
    describeRecords: async (_formId, displayField, ids) =>
      Promise.all(
        ids.map(async (id) => {
          const record = await api.record(id).catch(() => null);
          return { id, label: record ? String(record.data[displayField] ?? id) : id };
        }),
      ),
    uploadFile: async (file, name, { onProgress, fieldId }) =>
      toFileRef(await api.uploadFile(file, name, onProgress, formId !== undefined && fieldId !== undefined ? { formId, fieldId } : undefined), file, name),
    fileUrl: (file) => `/api/files/${encodeURIComponent(file.fileId)}`,
    locate: () =>
      new Promise((resolve, reject) => {
        if (!('geolocation' in navigator)) return reject(new Error('no geolocation'));
        navigator.geolocation.getCurrentPosition((position) => resolve({ lat: position.coords.latitude, lng: position.coords.longitude }), reject, {
          enableHighAccuracy: true,
          timeout: 15_000,
        });
      }),
  };
}

/** Department tree → a flat list whose detail is the path, e.g. `Sales / East`. */
function flattenDepartments(roots: readonly DepartmentNode[]): DepartmentOption[] {
  const out: DepartmentOption[] = [];
  const walk = (nodes: readonly DepartmentNode[], path: readonly string[]): void => {
    for (const node of nodes) {
      const here = [...path, node.name];
      out.push({ id: node.id, name: node.name, detail: here.join(' / ') });
      walk(node.children, here);
    }
  };
  walk(roots, []);
  return out;
}

/** The upload's answer as a FileRef, whichever of the usual shapes the server sends. */
function toFileRef(response: unknown, file: Blob, name: string): FileRef {
  const body = (typeof response === 'object' && response !== null ? response : {}) as Record<string, unknown>;
  const inner = (typeof body['file'] === 'object' && body['file'] !== null ? body['file'] : body) as Record<string, unknown>;
  const fileId = inner['fileId'] ?? inner['id'];
  if (typeof fileId !== 'string') throw new Error('upload answered without a file id');
  return {
    fileId,
    name: typeof inner['name'] === 'string' ? inner['name'] : name,
    size: typeof inner['size'] === 'number' ? inner['size'] : file.size,
    mimeType: typeof inner['mimeType'] === 'string' ? inner['mimeType'] : file.type || 'application/octet-stream',
  };
}
