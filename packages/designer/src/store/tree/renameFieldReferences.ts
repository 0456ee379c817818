/**
 * A deep copy of `value` (a field or a rule, JSON data) in which every reference to a renamed
 * field points at its new id: `{"var": id}`, `{"var": "$row.id"}`, dotted paths starting with the
 * id, and the id-holding settings `linkField` and a serial part's `field`. Used when a copy gets
 * fresh ids, so the copy's rules point at the copy's own fields.
 */
export function renameFieldReferences<T>(value: T, renames: ReadonlyMap<string, string>): T {
  return rename(value, renames) as T;
}

const ID_KEYS = new Set(['linkField', 'field']);

function rename(value: unknown, renames: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => rename(item, renames));
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === 'var') copy[key] = renameVar(item, renames);
    else if (ID_KEYS.has(key) && typeof item === 'string') copy[key] = renames.get(item) ?? item;
    else copy[key] = rename(item, renames);
  }
  return copy;
}

function renameVar(argument: unknown, renames: ReadonlyMap<string, string>): unknown {
  if (typeof argument === 'string') return renamePath(argument, renames);
  if (Array.isArray(argument) && typeof argument[0] === 'string') {
    return [renamePath(argument[0], renames), ...argument.slice(1).map((item: unknown) => rename(item, renames))];
  }
  return rename(argument, renames);
}

function renamePath(path: string, renames: ReadonlyMap<string, string>): string {
  const rowScoped = path.startsWith('$row.');
  const rest = rowScoped ? path.slice('$row.'.length) : path;
  const dot = rest.indexOf('.');
  const head = dot === -1 ? rest : rest.slice(0, dot);
  const renamed = renames.get(head);
  if (renamed === undefined) return path;
  return (rowScoped ? '$row.' : '') + renamed + (dot === -1 ? '' : rest.slice(dot));
}
