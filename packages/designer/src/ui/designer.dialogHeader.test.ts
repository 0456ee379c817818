// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// A long preview scrolls inside its dialog; its header (the title and Close) must not scroll away.
// jsdom lays nothing out, so the rule itself is checked.

const css = readFileSync(new URL('./designer.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The declarations of the rule whose selector is exactly `selector`. */
function declarations(selector: string): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\>]/g, (c) => `\\${c}`);
  return new RegExp(`(?:^|})\\s*${escaped}\\s*\\{([^}]*)\\}`, 'm').exec(css)?.[1] ?? '';
}

describe('a dialog header', () => {
  it('stays in view, opaque, while the dialog scrolls', () => {
    const header = declarations('.fw-dialog > header');
    expect(header).toMatch(/position:\s*sticky/);
    expect(header).toMatch(/top:\s*0/);
    // Opaque, so the form scrolling under it does not show through.
    expect(header).toMatch(/background:\s*var\(--fwd-surface\)/);
  });
});
