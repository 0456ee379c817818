// Rewrites the precompiled meta-schema validators in src/engine/documents/generated/ from the
// meta-schemas (see documents/testing/metaSchemaValidatorSources.ts). Run it after changing a
// meta-schema, from anywhere: npx tsx packages/runtime/scripts/generateMetaSchemaValidators.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { metaSchemaValidatorSources } from '../src/engine/documents/testing/metaSchemaValidatorSources.js';

const folder = fileURLToPath(new URL('../src/engine/documents/generated/', import.meta.url));
const sources = metaSchemaValidatorSources();
mkdirSync(folder, { recursive: true });
// A validator whose meta-schema is gone goes too; the folder's tests stay.
for (const name of readdirSync(folder)) {
  if (/^validate\w+\.ts$/.test(name) && !sources.has(name)) rmSync(join(folder, name));
}
for (const [name, source] of sources) writeFileSync(join(folder, name), source);
const kibibytes = [...sources.values()].reduce((total, source) => total + source.length, 0) / 1024;
console.log(`Wrote ${sources.size} validators (${kibibytes.toFixed(0)} KiB) to ${folder}`);
