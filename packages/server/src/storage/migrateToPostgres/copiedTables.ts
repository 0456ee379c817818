/** How one SQLite table is read for copying to PostgreSQL. */
export interface CopiedTable {
  readonly name: string;
  /**
   * The rows in an order PostgreSQL accepts batch by batch: parents before children for a table
   * that points at itself, and seqs ascending for the identity tables (so an interrupted copy would
   * never leave gaps — it rolls back anyway, but the order also keeps the indexes' inserts cheap).
   * `*` is the table's columns; the query must return exactly them.
   */
  readonly select: string;
  /** Columns copied as NULL first and set by a second pass once their targets exist. */
  readonly later?: readonly string[];
}

/**
 * Every table of a Formwork deployment, in foreign-key order, as `migrateToPostgres` copies them.
 *
 * - `departments.manager_id` points at `users`, and `users.department_id` at `departments`: the
 *   departments go first without their managers, which a second pass sets once the users exist.
 *   Departments come root first (depth of the parent chain), since a batch may only name parents
 *   already inserted.
 * - Not copied: `schema_migrations` (PostgreSQL has its own), `value_tables` and the `form_values_N`
 *   tables (derived from the records; rebuilt by PostgreSQL's record store, so its typing rules
 *   apply), and `leases` (held by processes of the old deployment, which will not run again).
 *
 * A table added by a later migration must be added here: `migrateToPostgres` refuses a database
 * with a table it neither copies nor knows to leave behind, so none is silently forgotten.
 */
export const copiedTables: readonly CopiedTable[] = [
  {
    name: 'departments',
    select: `WITH RECURSIVE tree(id, depth) AS (
        SELECT id, 0 FROM departments WHERE parent_id IS NULL
        UNION ALL SELECT d.id, tree.depth + 1 FROM departments d JOIN tree ON d.parent_id = tree.id)
      SELECT * FROM departments JOIN tree USING (id) ORDER BY tree.depth, departments.id`,
    later: ['manager_id'],
  },
  { name: 'users', select: 'SELECT * FROM users ORDER BY id' },
  { name: 'org_roles', select: 'SELECT * FROM org_roles' },
  { name: 'org_role_members', select: 'SELECT * FROM org_role_members' },
  { name: 'sessions', select: 'SELECT * FROM sessions' },
  { name: 'apps', select: 'SELECT * FROM apps' },
  { name: 'forms', select: 'SELECT * FROM forms' },
  { name: 'form_versions', select: 'SELECT * FROM form_versions' },
  { name: 'documents', select: 'SELECT * FROM documents' },
  { name: 'document_versions', select: 'SELECT * FROM document_versions' },
  { name: 'score_runs', select: 'SELECT * FROM score_runs ORDER BY seq' },
  { name: 'score_confirmations', select: 'SELECT * FROM score_confirmations' },
  { name: 'records', select: 'SELECT * FROM records ORDER BY seq' },
  { name: 'record_history', select: 'SELECT * FROM record_history ORDER BY seq' },
  { name: 'record_write_stamps', select: 'SELECT * FROM record_write_stamps' },
  { name: 'flow_instances', select: 'SELECT * FROM flow_instances' },
  { name: 'flow_tasks', select: 'SELECT * FROM flow_tasks' },
  { name: 'flow_log', select: 'SELECT * FROM flow_log ORDER BY seq' },
  { name: 'flow_timers', select: 'SELECT * FROM flow_timers' },
  { name: 'flow_notifications', select: 'SELECT * FROM flow_notifications' },
  { name: 'serial_counters', select: 'SELECT * FROM serial_counters' },
  { name: 'record_idempotency', select: 'SELECT * FROM record_idempotency' },
  { name: 'files', select: 'SELECT * FROM files' },
  { name: 'record_files', select: 'SELECT * FROM record_files' },
  { name: 'login_failures', select: 'SELECT * FROM login_failures' },
  { name: 'public_links', select: 'SELECT * FROM public_links' },
  { name: 'public_submissions', select: 'SELECT * FROM public_submissions' },
];

/** Tables of either database that are deliberately not copied (see `copiedTables`). */
export const tablesLeftBehind: readonly string[] = ['schema_migrations', 'value_tables', 'leases'];

/** Whether a table is one of a form's value tables (`form_values_3`), which are rebuilt, not copied. */
export function isValueTable(name: string): boolean {
  return /^form_values_\d+$/.test(name);
}
