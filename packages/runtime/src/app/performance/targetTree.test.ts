import { describe, expect, it } from 'vitest';
import type { RecordView } from '../api/ApiViews.js';
import { recentPeriods } from './recentPeriods.js';
import { buildTargetTree, nodeProgress, storedNodeProgress, targetsOf, type TargetTreeNode } from './targetTree.js';

const record = (id: string, data: Record<string, unknown>): RecordView => ({ id, formId: 'tgt', version: 1, data });

describe('the stored decomposition', () => {
  const records = [
    record('y', { tgt_period: '2026', tgt_level: 'department', tgt_department: 'd1', tgt_amount: 1200, tgt_rule: '根目标' }),
    record('q2', { tgt_period: '2026-Q2', tgt_level: 'department', tgt_department: 'd1', tgt_amount: 300, tgt_parent: 'y' }),
    record('q1', { tgt_period: '2026-Q1', tgt_level: 'department', tgt_department: 'd1', tgt_amount: 300, tgt_parent: 'y' }),
    record('p1', { tgt_period: '2026-11', tgt_level: 'person', tgt_person: 'u1', tgt_amount: 50, tgt_parent: 'gone' }),
    record('bad', { tgt_period: '2026', tgt_level: 'person' }),
  ];

  it('reads targets by their tgt_* fields with the names the list answer carries, skipping rows that are not targets', () => {
    const targets = targetsOf(records, { users: { u1: 'Li Lei' }, departments: { d1: 'East' } }, 'Company');
    expect(targets.map(({ id, name, level }) => [id, name, level])).toEqual([
      ['y', 'East', 'department'],
      ['q2', 'East', 'department'],
      ['q1', 'East', 'department'],
      ['p1', 'Li Lei', 'person'],
    ]);
  });

  it('nests children under their parent in period order, and says how far children fall short', () => {
    const tree = buildTargetTree(targetsOf(records, undefined, 'Company'));
    // A target whose parent is not among them (replaced, or another metric's) is a root of its own.
    expect(tree.map(({ target }) => target.id)).toEqual(['y', 'p1']);
    expect(tree[0]?.children.map(({ target }) => target.id)).toEqual(['q1', 'q2']);
    expect(tree[0]).toMatchObject({ childrenSum: 600, difference: 600 });
    expect(tree[1]).toMatchObject({ childrenSum: null, difference: null });
  });

  it('says nothing when the children add up', () => {
    const tree = buildTargetTree(targetsOf([record('m', { tgt_period: '2026-11', tgt_level: 'company', tgt_amount: 0.3 }), record('a', { tgt_period: '2026-11', tgt_level: 'person', tgt_person: 'u1', tgt_amount: 0.1, tgt_parent: 'm' }), record('b', { tgt_period: '2026-11', tgt_level: 'person', tgt_person: 'u2', tgt_amount: 0.2, tgt_parent: 'm' })], undefined, 'Company'));
    expect(tree[0]).toMatchObject({ childrenSum: 0.3, difference: null });
  });
});

describe("a node's progress", () => {
  const org = buildTargetTree(
    targetsOf(
      [
        record('d', { tgt_period: '2026-11', tgt_level: 'department', tgt_department: 'd1', tgt_amount: 3000 }),
        record('a', { tgt_period: '2026-11', tgt_level: 'person', tgt_person: 'u1', tgt_amount: 1500, tgt_parent: 'd' }),
        record('b', { tgt_period: '2026-11', tgt_level: 'person', tgt_person: 'u2', tgt_amount: 1500, tgt_parent: 'd' }),
        record('y', { tgt_period: '2026', tgt_level: 'company', tgt_amount: 12000 }),
        record('m', { tgt_period: '2026-11', tgt_level: 'company', tgt_amount: 1000, tgt_parent: 'y' }),
      ],
      undefined,
      'Company',
    ),
  );
  const actuals = new Map([
    ['u1', 400],
    ['u2', 350.5],
  ]);

  it("sums a department's people below it, against the part of its own target due by today", () => {
    const department = org.find(({ target }) => target.id === 'd');
    // 15 of November's 30 days: half of 3,000 is due.
    expect(department && nodeProgress(department, '2026-11', '2026-11-15', actuals)).toEqual({ actual: 750.5, due: 1500 });
    expect(department && nodeProgress(department.children[0] ?? department, '2026-11', '2026-11-15', actuals)).toEqual({ actual: 400, due: 750 });
  });

  it('has none for another period, nor for a time split (no actuals per month in the answer)', () => {
    const department = org.find(({ target }) => target.id === 'd');
    const year = org.find(({ target }) => target.id === 'y');
    expect(department && nodeProgress(department, '2026-12', '2026-12-01', actuals)).toBeUndefined();
    expect(year && nodeProgress(year, '2026', '2026-11-15', actuals)).toBeUndefined();
    expect(year && nodeProgress(year.children[0] ?? year, '2026-11', '2026-11-15', actuals)).toBeUndefined();
  });
});

describe('recentPeriods', () => {
  it('counts back from the period holding today, across a year', () => {
    expect(recentPeriods('month', '2026-02-10', 3)).toEqual(['2026-02', '2026-01', '2025-12']);
    expect(recentPeriods('quarter', '2026-02-10', 2)).toEqual(['2026-Q1', '2025-Q4']);
    expect(recentPeriods('week', '2026-01-01', 1)).toEqual(['2026-W01']);
    expect(recentPeriods('month', 'not a day', 3)).toEqual([]);
  });
});

describe("a node's bar from the server's actual of that target", () => {
  const tree = buildTargetTree(
    targetsOf(
      [
        record('y', { tgt_period: '2026', tgt_level: 'department', tgt_department: 'd1', tgt_amount: 1200 }),
        record('q1', { tgt_period: '2026-Q1', tgt_level: 'department', tgt_department: 'd1', tgt_amount: 300, tgt_parent: 'y' }),
        record('q4', { tgt_period: '2026-Q4', tgt_level: 'department', tgt_department: 'd1', tgt_amount: 300, tgt_parent: 'y' }),
      ],
      undefined,
      'Company',
    ),
  );
  const [year] = tree;
  const quarter = (id: string) => year?.children.find((child) => child.target.id === id);

  it('pro-rates each node over its own period: a past quarter all due, a future one nothing, the year in part', () => {
    const actuals = { y: 500, q1: 280, q4: 0 };
    expect(quarter('q1') && storedNodeProgress(quarter('q1') as TargetTreeNode, '2026-05-06', actuals)).toEqual({ actual: 280, due: 300 });
    expect(quarter('q4') && storedNodeProgress(quarter('q4') as TargetTreeNode, '2026-05-06', actuals)).toEqual({ actual: 0, due: 0 });
    const due = year && storedNodeProgress(year, '2026-05-06', actuals)?.due;
    expect(due).toBeGreaterThan(400);
    expect(due).toBeLessThan(430); // 1200 × 126 ÷ 365
  });

  it('has no bar where the server has no actual (a week, someone else’s target)', () => {
    expect(year && storedNodeProgress(year, '2026-05-06', { y: null })).toBeUndefined();
    expect(year && storedNodeProgress(year, '2026-05-06', {})).toBeUndefined();
  });
});
