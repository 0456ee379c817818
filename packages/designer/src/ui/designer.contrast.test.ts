// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from './testing/contrastRatio.js';
import { readCssVariables } from './testing/readCssVariables.js';

// The designer's colours against WCAG 2 AA: 4.5:1 for text, 3:1 for focus rings and the borders
// that show where a selected or focused control is. The pairs are the ones designer.css paints.

const css = readFileSync(new URL('./designer.css', import.meta.url), 'utf8');
const colours = readCssVariables(css);
const colour = (name: string): string => {
  const value = colours.get(`fwd-${name}`);
  if (value === undefined) throw new Error(`designer.css declares no --fwd-${name}`);
  return value;
};

const TEXT: readonly (readonly [foreground: string, background: string])[] = [
  ['text', 'surface'],
  ['text', 'page'],
  ['text', 'selected'],
  ['text', 'danger-soft'],
  ['text', 'accent-soft'],
  ['muted', 'surface'],
  ['muted', 'page'],
  ['muted', 'fill'],
  ['muted', 'selected'],
  ['muted', 'subtle'],
  ['muted', 'accent-soft'],
  ['placeholder', 'surface'],
  ['hint', 'surface'],
  ['hint', 'selected'],
  ['primary', 'surface'],
  ['primary', 'page'],
  ['primary', 'accent-soft'],
  ['primary', 'selected'],
  ['primary-hover', 'accent-soft'],
  ['on-primary', 'primary'],
  ['on-primary', 'primary-hover'],
  ['on-primary', 'primary-active'],
  ['on-primary', 'danger'],
  ['danger', 'surface'],
  ['danger', 'danger-soft'],
];

const NON_TEXT: readonly (readonly [foreground: string, background: string])[] = [
  ['focus', 'surface'],
  ['focus', 'page'],
  ['focus', 'selected'],
  ['focus', 'subtle'],
  ['focus', 'fill'],
  ['accent', 'surface'],
  ['accent', 'selected'],
];

describe('the designer’s colours meet WCAG AA', () => {
  it.each(TEXT)('text in %s on %s is at least 4.5:1', (foreground, background) => {
    expect(contrastRatio(colour(foreground), colour(background))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(NON_TEXT)('the %s ring or border on %s is at least 3:1', (foreground, background) => {
    expect(contrastRatio(colour(foreground), colour(background))).toBeGreaterThanOrEqual(3);
  });

  it('draws every keyboard focus ring in the checked focus colour', () => {
    const rings = [...css.matchAll(/:focus-visible[^{]*\{([^}]*)\}/g)].map((match) => match[1] ?? '');
    const outlines = rings.flatMap((body) => [...body.matchAll(/outline\s*:\s*([^;]+);/g)].map((m) => (m[1] ?? '').trim()));
    expect(outlines.length).toBeGreaterThan(0);
    // `none` only where the ring moves to the card around the control (see the @supports rule).
    for (const outline of outlines) expect(['2px solid var(--fwd-focus)', 'none']).toContain(outline);
  });
});

describe('contrastRatio', () => {
  it('spans 1 (same colour) to 21 (black on white), in either order', () => {
    expect(contrastRatio('#123456', '#123456')).toBe(1);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
  });

  it('puts #767676 on white just above AA and #777777 just below, as WCAG’s examples do', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });
});

describe('readCssVariables', () => {
  it('reads :root custom properties, the later declaration winning, and skips comments and other rules', () => {
    const read = readCssVariables(':root { --a: #111111; /* --b: #222222; */ }\n.x { --c: red; }\n:root { --a: #333333; --d: 4px; }');
    expect(Object.fromEntries(read)).toEqual({ a: '#333333', d: '4px' });
  });
});
