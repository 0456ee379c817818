import { describe, expect, it } from 'vitest';
import { migrateDatabase } from '../migrateDatabase.js';
import { openDatabase } from '../openDatabase.js';
import { migrations } from './index.js';

const now = () => 1_700_000_000_000;

describe('migration 0017 (flow purposes)', () => {
  it('marks the instances stored before it that carry a change as change flows, and the rest as the records\' own', () => {
    const db = openDatabase(':memory:');
    migrateDatabase(db, now, migrations.filter((migration) => migration.version < 17));
    // Only the column's backfill is under test: the rows' records, forms and users need not exist.
    db.pragma('foreign_keys = OFF');
    const insert = db.prepare(
      `INSERT INTO flow_instances (id, record_id, form_id, workflow_version, initiator_id, status, revision, state, flow_state, started_at, updated_at)
       VALUES (?, 'r1', 'f', 1, 'u1', ?, 1, ?, '{}', ?, ?)`,
    );
    insert.run('approval', 'completed', JSON.stringify({ id: 'approval' }), 100, 100);
    insert.run('change', 'rejected', JSON.stringify({ id: 'change', change: { proposedBy: 'u2', diff: {} } }), 200, 200);
    migrateDatabase(db, now);
    expect(db.prepare('SELECT id, purpose FROM flow_instances ORDER BY id').all()).toEqual([
      { id: 'approval', purpose: 'record' },
      { id: 'change', purpose: 'change' },
    ]);
    expect(() => db.prepare("UPDATE flow_instances SET purpose = 'other' WHERE id = 'approval'").run()).toThrow(/CHECK/);
    db.close();
  });
});
