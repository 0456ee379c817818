// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The renderer's and the app's colours against WCAG 2 AA (4.5:1 for 14 px text). The designer has
// its own check (designer.contrast.test.ts); this one covers the pairs the fill and list pages paint:
// white on the accent (Log in, Submit, Save, Edit, Fill in) and the accent as link text.

const renderer = readFileSync(new URL('./formwork.css', import.meta.url), 'utf8');
const app = readFileSync(new URL('../../app/styles/app.css', import.meta.url), 'utf8');

/** The first `--name: #rrggbb` a stylesheet declares (comments removed). */
function variable(css: string, name: string): string {
  const match = new RegExp(`--${name}\\s*:\\s*(#[0-9a-f]{6}|#[0-9a-f]{3})\\b`, 'i').exec(css.replace(/\/\*[\s\S]*?\*\//g, ''));
  if (!match?.[1]) throw new Error(`no --${name} colour declared`);
  return expandHex(match[1]);
}

/** The background a rule of the stylesheet paints, e.g. `.fw-button--primary:hover:not(:disabled)`. */
function ruleColour(css: string, selector: string, property: string): string {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no rule ${selector}`);
  const body = css.slice(start, css.indexOf('}', start));
  const match = new RegExp(`\\n\\s*${property}\\s*:\\s*(#[0-9a-f]{3,6})\\b`, 'i').exec(body);
  if (!match?.[1]) throw new Error(`${selector} sets no ${property} colour`);
  return expandHex(match[1]);
}

function expandHex(hex: string): string {
  return hex.length === 4 ? `#${[...hex.slice(1)].map((digit) => digit + digit).join('')}` : hex;
}

function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('the fill and list pages’ colours meet WCAG AA', () => {
  const white = '#ffffff';
  const cases: readonly (readonly [string, string, string])[] = [
    ['white on a primary button (renderer accent)', white, variable(renderer, 'fw-accent')],
    ['white on a hovered primary button', white, ruleColour(renderer, '.fw-button--primary:hover:not(:disabled)', 'background')],
    ['the renderer accent as text on white', variable(renderer, 'fw-accent'), white],
    ['the app accent (links, link buttons) on white', variable(app, 'app-accent'), white],
    ['the app accent on the page grey', variable(app, 'app-accent'), variable(app, 'app-bg')],
    ['muted text on white', variable(renderer, 'fw-muted'), white],
    ['app muted text on the page grey', variable(app, 'app-muted'), variable(app, 'app-bg')],
    ['danger text on white', variable(renderer, 'fw-danger'), white],
  ];

  it.each(cases)('%s is at least 4.5:1', (_name, foreground, background) => {
    expect(contrastRatio(foreground, background)).toBeGreaterThanOrEqual(4.5);
  });

  it('measures black on white as 21:1 and #ffffff on #1677ff as 4.1:1, the pair that failed', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#1677ff')).toBeCloseTo(4.1, 1);
  });
});
