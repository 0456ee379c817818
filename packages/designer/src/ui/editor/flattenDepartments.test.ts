import { describe, expect, it } from 'vitest';
import { flattenDepartments } from './flattenDepartments.js';

describe('flattenDepartments', () => {
  it('lists parents before children, each named with its path', () => {
    const tree = [
      {
        id: 'sales',
        name: 'Sales',
        parentId: null,
        children: [
          { id: 'east', name: 'East', parentId: 'sales', children: [{ id: 'sh', name: 'Shanghai', parentId: 'east' }] },
          { id: 'west', name: 'West', parentId: 'sales' },
        ],
      },
      { id: 'ops', name: 'Operations', parentId: null, children: [{ id: 'ops-east', name: 'East', parentId: 'ops' }] },
    ];
    expect(flattenDepartments(tree).map((option) => [option.id, option.path])).toEqual([
      ['sales', 'Sales'],
      ['east', 'Sales / East'],
      ['sh', 'Sales / East / Shanghai'],
      ['west', 'Sales / West'],
      ['ops', 'Operations'],
      ['ops-east', 'Operations / East'],
    ]);
  });

  it('lists a department that appears twice only once', () => {
    const east = { id: 'east', name: 'East', parentId: 'sales' };
    expect(flattenDepartments([{ id: 'sales', name: 'Sales', parentId: null, children: [east, east] }])).toHaveLength(2);
  });
});
