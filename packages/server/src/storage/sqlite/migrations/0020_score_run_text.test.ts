import { describe, expect, it } from 'vitest';
import { migrateDatabase } from '../migrateDatabase.js';
import { openDatabase } from '../openDatabase.js';
import { migrations } from './index.js';

const now = () => 1_700_000_000_000;

describe('migration 0020 (score run text)', () => {
  it('keeps the runs and confirmations stored before it, their order, references and triggers, and stops checking the inputs and sheet', () => {
    const db = openDatabase(':memory:');
    migrateDatabase(db, now, migrations.filter((migration) => migration.version < 20));
    // The migration runs as the server runs it, with foreign keys enforced: the runs' scheme and user exist.
    db.exec(`INSERT INTO users (id, username, username_key, name, role, password_hash, created_at, updated_at) VALUES ('u1', 'boss', 'boss', 'Boss', 'admin', 'x', 1, 1);
      INSERT INTO apps (id, name, created_at, updated_at) VALUES ('app', '销售', 1, 1);
      INSERT INTO documents (id, kind, app_id, draft_schema, draft_revision, created_at, updated_at) VALUES ('sch', 'scoring', 'app', '{}', 1, 1, 1)`);
    const insert = db.prepare(`INSERT INTO score_runs (id, scheme_id, scheme_version, period, trial, inputs, sheet, form_stamps, reason, computed_at, computed_by) VALUES (?, 'sch', 1, '2026-11', 0, ?, ?, '{}', NULL, ?, 'u1')`);
    insert.run('srn_1', '{"period":"2026-11"}', '{"people":[]}', 100);
    insert.run('srn_2', '{"period":"2026-11"}', '{"people":[{"personId":"u1"}]}', 200);
    expect(() => insert.run('srn_bad', 'not json', '{}', 300)).toThrow(/CHECK/);
    db.prepare(`INSERT INTO score_confirmations (run_id, subject_kind, subject_id, confirmed_by, confirmed_at, note) VALUES ('srn_2', 'person', 'u1', 'u1', 250, '好')`).run();

    migrateDatabase(db, now);
    expect(db.prepare('SELECT seq, id, sheet FROM score_runs ORDER BY seq').all()).toEqual([
      { seq: 1, id: 'srn_1', sheet: '{"people":[]}' },
      { seq: 2, id: 'srn_2', sheet: '{"people":[{"personId":"u1"}]}' },
    ]);
    expect(db.prepare('SELECT run_id, note FROM score_confirmations').all()).toEqual([{ run_id: 'srn_2', note: '好' }]);
    // The server writes these from JSON.stringify: no check is asked of them any more; the stamps keep theirs.
    insert.run('srn_3', 'not json', 'not json either', 300);
    expect(db.prepare("SELECT seq FROM score_runs WHERE id = 'srn_3'").get()).toEqual({ seq: 3 });
    expect(() => db.prepare(`INSERT INTO score_runs (id, scheme_id, scheme_version, period, trial, inputs, sheet, form_stamps, computed_at) VALUES ('srn_4', 'sch', 1, '2026-11', 0, '{}', '{}', 'x', 1)`).run()).toThrow(/CHECK/);
    // Still append-only, and a confirmation still needs its run.
    expect(() => db.prepare("UPDATE score_runs SET reason = 'x' WHERE id = 'srn_1'").run()).toThrow(/immutable/);
    expect(() => db.prepare("DELETE FROM score_runs WHERE id = 'srn_1'").run()).toThrow(/never deleted/);
    expect(() => db.prepare(`INSERT INTO score_confirmations (run_id, subject_kind, subject_id, confirmed_by, confirmed_at) VALUES ('srn_9', 'team', 'd1', 'u1', 1)`).run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("DROP TABLE score_runs").run()).toThrow(/FOREIGN KEY|never deleted/);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE tbl_name = 'score_runs' AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name").all()).toEqual([
      { name: 'score_runs_immutable' },
      { name: 'score_runs_scheme_period' },
      { name: 'score_runs_undeletable' },
    ]);
    expect(db.pragma('foreign_key_check(score_confirmations)')).toEqual([]);
    // The blobs last: a summary column is read without walking their overflow pages.
    expect(db.prepare("SELECT name FROM pragma_table_info('score_runs') ORDER BY cid DESC LIMIT 2").pluck().all()).toEqual(['sheet', 'inputs']);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'score_confirmations'").pluck().get()).toMatch(/REFERENCES "?score_runs"?\(id\)/);
    db.close();
  });
});
