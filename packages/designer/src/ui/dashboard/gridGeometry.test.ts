import { describe, expect, it } from 'vitest';
import { cellAt, cellStep } from './gridGeometry.js';

describe('pixels to grid cells', () => {
  it('steps a column plus its gap across, a 56 px row plus its gap down', () => {
    expect(cellStep(1192)).toEqual({ x: 100, y: 64 });
  });

  it('finds the cell under a point, clamped to the grid’s columns and first row', () => {
    expect(cellAt(1192, 250, 70)).toEqual({ x: 2, y: 1 });
    expect(cellAt(1192, 99, 63)).toEqual({ x: 0, y: 0 });
    expect(cellAt(1192, -40, -10)).toEqual({ x: 0, y: 0 });
    expect(cellAt(1192, 5000, 640)).toEqual({ x: 11, y: 10 });
  });
});
