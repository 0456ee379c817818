import type { Synchronous } from './Synchronous.js';
import type { SqliteDatabase } from './openDatabase.js';
import type { Department, DepartmentChanges, DepartmentStore, NewDepartment } from '../DepartmentStore.js';

interface DepartmentRow {
  id: string;
  name: string;
  parent_id: string | null;
  manager_id: string | null;
  created_at: number;
  updated_at: number;
}

/** DepartmentStore over SQLite; tree walks are recursive CTEs. */
export function createSqliteDepartmentStore(db: SqliteDatabase): Synchronous<DepartmentStore> {
  const insert = db.prepare(
    `INSERT INTO departments (id, name, parent_id, manager_id, created_at, updated_at)
     VALUES (@id, @name, @parentId, @managerId, @createdAt, @createdAt)`,
  );
  const byId = db.prepare<[string], DepartmentRow>('SELECT * FROM departments WHERE id = ?');
  const all = db.prepare<[], DepartmentRow>('SELECT * FROM departments ORDER BY name, id');
  const update = db.prepare(
    `UPDATE departments SET
       name = coalesce(@name, name),
       parent_id = CASE WHEN @setParent THEN @parentId ELSE parent_id END,
       manager_id = CASE WHEN @setManager THEN @managerId ELSE manager_id END,
       updated_at = @updatedAt
     WHERE id = @id`,
  );
  const remove = db.prepare('DELETE FROM departments WHERE id = ?');
  const children = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM departments WHERE parent_id = ?');
  // UNION (not UNION ALL) stops at a repeated id, so even a corrupted cycle cannot loop forever.
  const subtree = db.prepare<[string], { id: string }>(
    `WITH RECURSIVE tree(id) AS (
       SELECT id FROM departments WHERE id = ?
       UNION SELECT d.id FROM departments d JOIN tree ON d.parent_id = tree.id
     ) SELECT id FROM tree`,
  );
  const ancestors = db.prepare<[string], { id: string }>(
    `WITH RECURSIVE chain(id, parent_id, depth) AS (
       SELECT id, parent_id, 0 FROM departments WHERE id = ?
       UNION SELECT d.id, d.parent_id, chain.depth + 1 FROM departments d JOIN chain ON d.id = chain.parent_id
     ) SELECT id FROM chain ORDER BY depth`,
  );
  const managed = db.prepare<[string], { id: string }>('SELECT id FROM departments WHERE manager_id = ? ORDER BY id');

  return {
    create(department: NewDepartment) {
      insert.run(department);
      return mustFind(department.id);
    },
    findById: (id) => {
      const row = byId.get(id);
      return row ? toDepartment(row) : undefined;
    },
    list: () => all.all().map(toDepartment),
    update(id: string, changes: DepartmentChanges, updatedAt: number) {
      const result = update.run({
        id,
        name: changes.name ?? null,
        setParent: changes.parentId !== undefined ? 1 : 0,
        parentId: changes.parentId ?? null,
        setManager: changes.managerId !== undefined ? 1 : 0,
        managerId: changes.managerId ?? null,
        updatedAt,
      });
      return result.changes === 0 ? undefined : mustFind(id);
    },
    delete: (id) => void remove.run(id),
    countChildren: (id) => children.get(id)?.n ?? 0,
    subtreeIds: (id) => subtree.all(id).map((row) => row.id),
    ancestorIds: (id) => ancestors.all(id).map((row) => row.id),
    managedBy: (userId) => managed.all(userId).map((row) => row.id),
    // One writer: a transaction already holds the whole database.
    lockTree: () => undefined,
  };

  function mustFind(id: string): Department {
    const row = byId.get(id);
    if (!row) throw new Error(`department ${id} vanished`);
    return toDepartment(row);
  }
}

function toDepartment(row: DepartmentRow): Department {
  return {
    id: row.id,
    name: row.name,
    parentId: row.parent_id,
    managerId: row.manager_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
