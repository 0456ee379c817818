import { templateNames, type TemplateName } from './readTemplateBundle.js';
import type { TemplateVariant } from './readTemplateVariants.js';

/**
 * A variant as its file holds it: for each scheme, only what reading the other template changes —
 * the scheme's description, per item (by id) its source and the description that explains it, and
 * `observations`: whole items that only the other template's forms can feed (the CRM's 回款), each
 * weighing 0 — observation items (观察指标), shown on the sheet and never scored. Weights, targets,
 * methods and bands of the bundle's items are the bundle's own, and the added items weigh nothing,
 * so the two schemes cannot drift apart in what they score.
 *
 * @example
 * { "uses": "crm", "description": "…", "scorings": [{ "key": "salesKpi", "items": { "k_visits": { "source": { … }, "description": "…" } }, "observations": [{ "id": "k_payments", "weight": 0, … }] }] }
 */
export interface TemplateVariantOverlay {
  readonly uses: TemplateName;
  readonly description: string;
  readonly scorings: readonly {
    readonly key: string;
    readonly description?: string;
    readonly items: Readonly<Record<string, { readonly source: unknown; readonly description?: string }>>;
    /** Items appended after the bundle's, each of weight 0 (checked as any item at install). */
    readonly observations?: readonly Readonly<Record<string, unknown>>[];
  }[];
}

/**
 * Puts an overlay's sources and descriptions into copies of the bundle's schemes, and appends its
 * observation items. Throws, naming the JSON pointer in the overlay (in both languages), on
 * anything but the format above: a scheme or item the bundle does not have, an item without a
 * source, a key the format does not know, an observation item that weighs more than 0 or takes an
 * id the scheme already has.
 */
export function applyVariantOverlay(bundle: unknown, overlay: unknown): TemplateVariant {
  const checked = checkOverlay(overlay);
  const scorings = asArray(asObject(bundle)?.['scorings']);
  return {
    uses: checked.uses,
    description: checked.description,
    scorings: checked.scorings.map((entry, index) => {
      const at = `/scorings/${String(index)}`;
      const schema = asObject(asObject(scorings.find((scoring) => asObject(scoring)?.['key'] === entry.key))?.['schema']);
      if (!schema) throw overlayFault(`${at}/key`, `模板中没有考核方案 "${entry.key}"`, `the template has no scheme "${entry.key}"`);
      const items = asArray(schema['items']).map((item) => asObject(item) ?? {});
      for (const itemId of Object.keys(entry.items)) {
        if (!items.some((item) => item['id'] === itemId)) throw overlayFault(`${at}/items/${itemId}`, `考核方案中没有指标 "${itemId}"`, `the scheme has no item "${itemId}"`);
      }
      const replaced = items.map((item) => {
        const change = entry.items[String(item['id'])];
        return change ? { ...item, source: change.source, ...(change.description === undefined ? {} : { description: change.description }) } : item;
      });
      const observations = entry.observations ?? [];
      observations.forEach((item, observationIndex) => {
        if (items.some((own) => own['id'] === item['id']) || observations.slice(0, observationIndex).some((other) => other['id'] === item['id'])) {
          throw overlayFault(`${at}/observations/${String(observationIndex)}/id`, `考核方案中已有指标 "${String(item['id'])}"`, `the scheme already has an item "${String(item['id'])}"`);
        }
      });
      return { key: entry.key, schema: { ...schema, ...(entry.description === undefined ? {} : { description: entry.description }), items: [...replaced, ...observations] } };
    }),
  };
}

function checkOverlay(overlay: unknown): TemplateVariantOverlay {
  const root = asObject(overlay);
  if (!root) throw overlayFault('', '变体必须是对象', 'a variant must be an object');
  onlyKeys(root, ['uses', 'description', 'scorings'], '');
  if (!templateNames.some((name) => name === root['uses'])) throw overlayFault('/uses', '必须是模板名（crm、performance）', 'must be a template name (crm, performance)');
  if (typeof root['description'] !== 'string') throw overlayFault('/description', '必须是文字', 'must be text');
  const scorings = root['scorings'];
  if (!Array.isArray(scorings)) throw overlayFault('/scorings', '必须是数组', 'must be an array');
  scorings.forEach((scoring: unknown, index) => {
    const at = `/scorings/${String(index)}`;
    const entry = asObject(scoring);
    if (!entry) throw overlayFault(at, '必须是对象', 'must be an object');
    onlyKeys(entry, ['key', 'description', 'items', 'observations'], at);
    if (typeof entry['key'] !== 'string') throw overlayFault(`${at}/key`, '必须是考核方案的键', "must be a scheme's key");
    if (entry['description'] !== undefined && typeof entry['description'] !== 'string') throw overlayFault(`${at}/description`, '必须是文字', 'must be text');
    const items = asObject(entry['items']);
    if (!items) throw overlayFault(`${at}/items`, '必须是以指标 id 为键的对象', 'must be an object keyed by item id');
    for (const [itemId, change] of Object.entries(items)) {
      const item = asObject(change);
      const itemAt = `${at}/items/${itemId}`;
      if (!item) throw overlayFault(itemAt, '必须是对象', 'must be an object');
      onlyKeys(item, ['source', 'description'], itemAt);
      if (asObject(item['source']) === undefined) throw overlayFault(`${itemAt}/source`, '必须给出指标的数据来源', "must give the item's source");
      if (item['description'] !== undefined && typeof item['description'] !== 'string') throw overlayFault(`${itemAt}/description`, '必须是文字', 'must be text');
    }
    const observations = entry['observations'];
    if (observations === undefined) return;
    if (!Array.isArray(observations)) throw overlayFault(`${at}/observations`, '必须是考核项数组', 'must be an array of items');
    observations.forEach((observation: unknown, observationIndex) => {
      const observationAt = `${at}/observations/${String(observationIndex)}`;
      const item = asObject(observation);
      if (!item) throw overlayFault(observationAt, '必须是考核项对象', 'must be an item object');
      // Weighing more would change what the bundle's scheme scores; a variant only adds what it shows.
      if (item['weight'] !== 0) throw overlayFault(`${observationAt}/weight`, '变体添加的考核项只能是观察指标，权重必须为 0', 'an item a variant adds is an observation item: its weight must be 0');
    });
  });
  return root as unknown as TemplateVariantOverlay;
}

function onlyKeys(object: Record<string, unknown>, allowed: readonly string[], at: string): void {
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) throw overlayFault(`${at}/${key}`, `未知的属性（变体只替换数据来源和说明，或添加观察指标）`, 'is not a known property (a variant replaces sources and descriptions, or adds observation items)');
  }
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A fault of a variant file: a build error, named by its JSON pointer in both languages. */
function overlayFault(pointer: string, zh: string, en: string): Error {
  return new Error(`${pointer || '/'}: ${zh} / ${en}`);
}
