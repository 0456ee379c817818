import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { metaSchemaValidatorSources, regenerateCommand } from '../testing/metaSchemaValidatorSources.js';

const folder = new URL('.', import.meta.url);
const expected = metaSchemaValidatorSources();
const stale = `stale: a meta-schema (or ajv) changed since the validators were generated. Run ${regenerateCommand}`;

describe('the precompiled meta-schema validators', () => {
  it.each([...expected.keys()])('%s matches what its meta-schema generates now', (name) => {
    let committed: string | undefined;
    try {
      committed = readFileSync(new URL(name, folder), 'utf8');
    } catch {
      committed = undefined;
    }
    expect(committed === undefined ? `${name} is missing` : committed === expected.get(name) ? 'up to date' : `${name} is ${stale}`).toBe('up to date');
  });

  it('are the only validators in the folder', () => {
    const generated = readdirSync(folder).filter((name) => /^validate\w+\.ts$/.test(name));
    expect(generated.filter((name) => !expected.has(name)), `no meta-schema generates these: ${stale}`).toEqual([]);
  });

  it('come out the same on every run', () => {
    expect(metaSchemaValidatorSources()).toEqual(expected);
  });
});
