import { describe, expect, it } from 'vitest';
import type { ScoringSchema } from '../documents/scoring/ScoringSchema.js';
import { parsePeriod } from '../periods/parsePeriod.js';
import { assignSchemes } from './assignSchemes.js';
import { pickScheme, type SchemeEntry } from './pickScheme.js';
import { domainScheme } from './testing/domainScheme.js';

const november = parsePeriod('2026-11')!;
const departments = [
  { id: 'd_sales', name: '销售部' },
  { id: 'd_cs', name: '客户成功部', parentId: 'd_sales' },
  { id: 'd_cs_east', name: '客户成功华东', parentId: 'd_cs' },
];
const scheme = (title: string, rest: Partial<ScoringSchema> = {}): ScoringSchema => ({ ...domainScheme, title, ...rest });
const schemes: SchemeEntry[] = [
  { id: 's_all', scheme: scheme('全员') },
  { id: 's_hunter', scheme: scheme('市场开拓', { appliesTo: { roles: ['hunter'] } }) },
  { id: 's_cs', scheme: scheme('客户成功', { appliesTo: { departments: ['d_cs'] } }) },
  { id: 's_old', scheme: scheme('旧方案', { appliesTo: { roles: ['hunter'] }, validTo: '2026-06' }) },
  { id: 's_quarter', scheme: scheme('季度', { period: 'quarter', appliesTo: { roles: ['hunter'] } }) },
];

describe('pickScheme: one person, one scheme per period', () => {
  it('picks the scheme naming the role over the one for everyone', () => {
    expect(pickScheme(schemes, { id: 'u1', roles: ['hunter'] }, departments, november)).toEqual({ kind: 'picked', schemeId: 's_hunter' });
  });

  it('applies a department scheme to the departments below it', () => {
    expect(pickScheme(schemes, { id: 'u2', departmentId: 'd_cs_east' }, departments, november)).toEqual({ kind: 'picked', schemeId: 's_cs' });
    expect(pickScheme(schemes, { id: 'u3', departmentId: 'd_sales' }, departments, november)).toEqual({ kind: 'picked', schemeId: 's_all' });
  });

  it('honours validity: an expired scheme no longer picks, a current one does', () => {
    const june = parsePeriod('2026-06')!;
    expect(pickScheme(schemes, { id: 'u1', roles: ['hunter'] }, departments, june)).toEqual({ kind: 'conflict', schemeIds: ['s_hunter', 's_old'] });
  });

  it('reports a conflict instead of choosing by order', () => {
    expect(pickScheme(schemes, { id: 'u4', roles: ['hunter'], departmentId: 'd_cs' }, departments, november)).toEqual({ kind: 'conflict', schemeIds: ['s_hunter', 's_cs'] });
  });

  it('finds none when no scheme is for everyone and none names the person', () => {
    expect(pickScheme(schemes.slice(1), { id: 'u5' }, departments, november)).toEqual({ kind: 'none' });
  });

  it('assigns everyone, listing the unassigned and the conflicts with a message', () => {
    const assignment = assignSchemes(
      schemes.slice(1),
      [
        { id: 'u1', roles: ['hunter'] },
        { id: 'u4', name: '韩梅梅', roles: ['hunter'], departmentId: 'd_cs' },
        { id: 'u5' },
      ],
      departments,
      november,
    );
    expect(assignment.bySchemeId).toEqual({ s_hunter: ['u1'], s_cs: [], s_old: [], s_quarter: [] });
    expect(assignment.unassigned).toEqual(['u5']);
    expect(assignment.conflicts).toEqual([
      {
        personId: 'u4',
        schemeIds: ['s_hunter', 's_cs'],
        message: {
          'zh-CN': '韩梅梅 同时适用考核方案 “市场开拓”、“客户成功”，每人每期只能有一个方案，请调整适用范围',
          en: '韩梅梅 falls under the schemes "市场开拓", "客户成功"; a person has one scheme per period, so narrow their scopes',
        },
      },
    ]);
  });
});
