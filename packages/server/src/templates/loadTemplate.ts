import { parseAppBundle, type AppBundle } from '@formwork/runtime';
import { readTemplateBundle, templateNames, type TemplateName } from '@formwork/templates';
import { invalidBundle, unknownTemplate } from './templateErrors.js';

const parsed = new Map<TemplateName, AppBundle>();

/** Whether `name` is a template this server ships. */
export function isTemplateName(name: string): name is TemplateName {
  return (templateNames as readonly string[]).includes(name);
}

/**
 * A shipped template's bundle, parsed by the engine's `parseAppBundle` (meta-schemas, every
 * embedded document with its own parser, keys and references between them) — the same check an
 * imported bundle gets. Parsed once per process: the files ship with the server. A template that
 * does not parse is refused with the parser's pointers (`invalidBundle`), never half-installed.
 */
export function loadTemplate(name: string): { readonly name: TemplateName; readonly bundle: AppBundle } {
  if (!isTemplateName(name)) throw unknownTemplate(name);
  const cached = parsed.get(name);
  if (cached) return { name, bundle: cached };
  const result = parseAppBundle(readTemplateBundle(name));
  if (!result.ok) throw invalidBundle(name, result.errors);
  parsed.set(name, result.value);
  return { name, bundle: result.value };
}
