import type { PgQueryable } from '../PgQueryable.js';
import type { Department, DepartmentChanges, DepartmentStore, NewDepartment } from '../../DepartmentStore.js';
import { readBigint } from './readBigint.js';

interface DepartmentRow {
  id: string;
  name: string;
  parent_id: string | null;
  manager_id: string | null;
  created_at: number | string;
  updated_at: number | string;
}

const columns = 'id, name, parent_id, manager_id, created_at, updated_at';

/** DepartmentStore over PostgreSQL; tree walks are recursive CTEs, as on SQLite. */
export function createPgDepartmentStore(db: PgQueryable): DepartmentStore {
  const one = async (text: string, values: unknown[]): Promise<Department | undefined> => {
    const { rows } = await db.query<DepartmentRow>(text, values);
    return rows[0] ? toDepartment(rows[0]) : undefined;
  };
  const ids = async (text: string, values: unknown[]): Promise<string[]> => {
    const { rows } = await db.query<{ id: string }>(text, values);
    return rows.map((row) => row.id);
  };

  return {
    async create(department: NewDepartment) {
      const created = await one(
        `INSERT INTO departments (id, name, parent_id, manager_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $5) RETURNING ${columns}`,
        [department.id, department.name, department.parentId, department.managerId, department.createdAt],
      );
      if (!created) throw new Error(`department ${department.id} was not written`);
      return created;
    },
    findById: (id) => one(`SELECT ${columns} FROM departments WHERE id = $1`, [id]),
    async list() {
      const { rows } = await db.query<DepartmentRow>(`SELECT ${columns} FROM departments ORDER BY name, id`);
      return rows.map(toDepartment);
    },
    update: (id: string, changes: DepartmentChanges, updatedAt: number) =>
      one(
        `UPDATE departments SET
           name = coalesce($2::text, name),
           parent_id = CASE WHEN $3::boolean THEN $4::text ELSE parent_id END,
           manager_id = CASE WHEN $5::boolean THEN $6::text ELSE manager_id END,
           updated_at = $7
         WHERE id = $1 RETURNING ${columns}`,
        [
          id,
          changes.name ?? null,
          changes.parentId !== undefined,
          changes.parentId ?? null,
          changes.managerId !== undefined,
          changes.managerId ?? null,
          updatedAt,
        ],
      ),
    async delete(id) {
      await db.query('DELETE FROM departments WHERE id = $1', [id]);
    },
    async countChildren(id) {
      const { rows } = await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM departments WHERE parent_id = $1', [id]);
      return rows[0]?.n ?? 0;
    },
    // UNION (not UNION ALL) stops at a repeated id, so even a corrupted cycle cannot loop forever.
    subtreeIds: (id) =>
      ids(
        `WITH RECURSIVE tree(id) AS (
           SELECT id FROM departments WHERE id = $1
           UNION SELECT d.id FROM departments d JOIN tree ON d.parent_id = tree.id
         ) SELECT id FROM tree`,
        [id],
      ),
    ancestorIds: (id) =>
      ids(
        `WITH RECURSIVE chain(id, parent_id, depth) AS (
           SELECT id, parent_id, 0 FROM departments WHERE id = $1
           UNION SELECT d.id, d.parent_id, chain.depth + 1 FROM departments d JOIN chain ON d.id = chain.parent_id
         ) SELECT id FROM chain ORDER BY depth`,
        [id],
      ),
    managedBy: (userId) => ids('SELECT id FROM departments WHERE manager_id = $1 ORDER BY id', [userId]),
    async lockTree() {
      await db.query("SELECT pg_advisory_xact_lock(hashtext('formwork.departments'))");
    },
  };
}

function toDepartment(row: DepartmentRow): Department {
  return {
    id: row.id,
    name: row.name,
    parentId: row.parent_id,
    managerId: row.manager_id,
    createdAt: readBigint(row.created_at),
    updatedAt: readBigint(row.updated_at),
  };
}
