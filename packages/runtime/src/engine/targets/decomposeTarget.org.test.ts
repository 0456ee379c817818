import { describe, expect, it } from 'vitest';
import { checkTargetTree } from './checkTargetTree.js';
import { decomposeTarget } from './decomposeTarget.js';
import type { OrgDecomposition } from './OrgDecomposition.js';
import type { TargetNode } from './TargetNode.js';

const values = (node: TargetNode | undefined) => (node?.children ?? []).map((child) => child.value);

const company: OrgDecomposition = {
  along: 'org',
  key: 'company',
  name: '公司',
  total: 10_000_000,
  split: 'weights',
  units: [
    {
      id: 'd_east',
      name: '华东',
      weight: 6,
      units: [
        { id: 'u_new', name: '新人', adjustment: -20 },
        { id: 'u_core', name: '骨干', adjustment: 20 },
        { id: 'u_mid', name: '普通' },
      ],
    },
    { id: 'd_north', name: '华北', weight: 4 },
  ],
};

describe('decomposeTarget through the organisation', () => {
  it('splits company → department by weights → person with adjustments, rebalanced to add up exactly', () => {
    const tree = decomposeTarget(company);
    expect(values(tree)).toEqual([6_000_000, 4_000_000]);
    const east = tree.children?.[0];
    // Shares 0.8 : 1.2 : 1 of 6,000,000.
    expect(values(east)).toEqual([1_600_000, 2_400_000, 2_000_000]);
    expect(east?.children?.[0]?.rule).toEqual({
      code: 'adjusted',
      text: { 'zh-CN': '均分（1/3），调整 −20% 后按比例重新平衡（0.8 / 3），合计等于上级', en: 'split evenly (1/3), adjusted −20% and rebalanced (0.8 / 3) so the parts add up to the parent' },
    });
    expect(tree.children?.[1]?.rule.text['zh-CN']).toBe('按权重 4 / 10');
    expect(checkTargetTree(tree)).toEqual([]);
  });

  it('spreads an uneven adjustment over the others to the cent', () => {
    const tree = decomposeTarget({ along: 'org', key: 'east', name: '华东组', total: 1_000_000, split: 'even', units: [{ id: 'u1', name: '新人', adjustment: -20 }, { id: 'u2', name: '老将' }] });
    expect(values(tree)).toEqual([444_444.44, 555_555.56]);
  });

  it('without rebalancing keeps each adjusted share, and the check shows the difference', () => {
    const tree = decomposeTarget({ ...company, rebalance: false });
    const east = tree.children?.[0];
    expect(values(east)).toEqual([1_600_000, 2_400_000, 2_000_000]);
    const uneven = decomposeTarget({ along: 'org', key: 'east', name: '华东组', total: 900, split: 'even', rebalance: false, units: [{ id: 'u1', name: '新人', adjustment: -20 }, { id: 'u2', name: 'B' }, { id: 'u3', name: 'C' }] });
    expect(values(uneven)).toEqual([240, 300, 300]);
    expect(uneven.children?.[0]?.rule.text.en).toContain('not rebalanced');
    expect(checkTargetTree(uneven)).toEqual([
      {
        key: 'east',
        path: ['east'],
        value: 900,
        childrenSum: 840,
        difference: 60,
        message: { 'zh-CN': '“华东组”的目标 900，下级合计 840，差 60', en: '"华东组" has a target of 900 but its parts add up to 840: 60 short' },
      },
    ]);
  });

  it('splits along a product line the same way', () => {
    const tree = decomposeTarget({ along: 'org', dimension: 'productLine', key: 'u_li', name: '李雷', total: 100, precision: 2, split: 'weights', units: [{ id: 'p_a', name: 'A 线', weight: 1 }, { id: 'p_b', name: 'B 线', weight: 2 }] });
    expect(values(tree)).toEqual([33.33, 66.67]);
  });

  it('finds hand-edited nodes deep in a tree', () => {
    const tree = decomposeTarget(company);
    const edited: TargetNode = { ...tree, children: [tree.children![0]!, { ...tree.children![1]!, value: 4_000_000.1 }] };
    const mismatches = checkTargetTree(edited);
    expect(mismatches.map((m) => [m.key, m.difference])).toEqual([['company', -0.1]]);
    expect(mismatches[0]?.message.en).toContain('0.1 over');
  });
});
