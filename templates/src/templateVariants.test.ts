import { parseAppBundle, parseScoringSchema, walkFields, type ScoringSchema } from '@formwork/runtime';
import { describe, expect, it } from 'vitest';
import { applyVariantOverlay } from './applyVariantOverlay.js';
import { readTemplateBundle } from './readTemplateBundle.js';
import { readTemplateVariants } from './readTemplateVariants.js';

// The performance scheme over the CRM is an overlay of the bundle's own scheme (withCrm.json):
// only its sources and their descriptions differ, and it adds the CRM's 回款 as an observation item
// (weight 0), so the two cannot drift apart in what they score.

const [withCrm] = readTemplateVariants('performance');
const bundleScheme = (): ScoringSchema => {
  const parsed = parseAppBundle(readTemplateBundle('performance'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const scheme = parsed.value.scorings.find((scoring) => scoring.key === 'salesKpi')?.schema;
  if (!scheme) throw new Error('no salesKpi');
  return scheme;
};
/** The meta-schema wants a form id; the installer rebinds `crm:contracts` to one, here `crm__contracts`. */
const withFormIds = (schema: unknown): unknown => JSON.parse(JSON.stringify(schema).replaceAll('"formId":"crm:', '"formId":"crm__')) as unknown;
const variantScheme = (): ScoringSchema => {
  const parsed = parseScoringSchema(withFormIds(withCrm?.scorings.find((scoring) => scoring.key === 'salesKpi')?.schema));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
};

/** A bundle's form fields by form key (`crm:contracts` for the CRM's). */
function fieldIds(): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  for (const [prefix, name] of [['', 'performance'], ['crm:', 'crm']] as const) {
    const parsed = parseAppBundle(readTemplateBundle(name));
    if (!parsed.ok) throw new Error(name);
    for (const form of parsed.value.forms) {
      const ids = new Set<string>();
      walkFields(form.schema.fields, (field) => void ids.add(field.id));
      forms.set(`${prefix}${form.key}`, ids);
      if (prefix !== '') forms.set(`crm__${form.key}`, ids);
    }
  }
  return forms;
}

describe('the performance template over the CRM (withCrm.json)', () => {
  it('composes a scheme the scoring meta-schema accepts, with the same items, weights, targets, methods and bands as the bundle, and observation items after them', () => {
    expect(withCrm?.uses).toBe('crm');
    const parsed = parseScoringSchema(withFormIds(withCrm?.scorings[0]?.schema));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    const own = bundleScheme();
    const variant = variantScheme();
    const apart = (scheme: ScoringSchema) => ({ ...scheme, description: null, items: scheme.items.map(({ source: _source, description: _description, ...rest }) => rest) });
    expect(apart({ ...variant, items: variant.items.slice(0, own.items.length) })).toEqual(apart(own));
    // What it adds weighs nothing: DOMAIN.md's weights (40, 20, 10, 10, 10, 10) stay the scheme's.
    expect(variant.items.slice(own.items.length).map(({ id, weight }) => [id, weight])).toEqual([['k_payments', 0]]);
    expect(variant.items.map(({ weight }) => weight)).toEqual([40, 20, 10, 10, 10, 10, 0]);
    // What it does change: the sources of amount, visits, follow-ups and orders read the CRM.
    const changed = variant.items.filter((item, index) => index < own.items.length && JSON.stringify(item.source) !== JSON.stringify(own.items[index]?.source)).map((item) => item.id);
    expect(changed).toEqual(['k_amount', 'k_visits', 'k_follow_ups', 'k_orders']);
  });

  it('names only fields the forms have (or record attributes such as _flowStatus)', () => {
    const forms = fieldIds();
    const problems: string[] = [];
    const filterFields = (filter: unknown): string[] =>
      typeof filter !== 'object' || filter === null ? [] : 'field' in filter ? [String(filter.field)] : Object.values(filter).flatMap((parts) => (Array.isArray(parts) ? parts.flatMap(filterFields) : []));
    for (const item of variantScheme().items) {
      const source = item.source;
      if (source.kind !== 'aggregate') continue;
      for (const fieldId of [source.personField, source.dateField, source.field, ...filterFields(source.filter)]) {
        if (fieldId !== undefined && !fieldId.startsWith('_') && !forms.get(source.formId)?.has(fieldId)) problems.push(`${item.id}: ${source.formId}.${fieldId}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("observes the CRM's finance-confirmed 回款 by payment date against the rep's 回款目标, and the bundle alone has no payments item", () => {
    const payments = variantScheme().items.find((item) => item.id === 'k_payments');
    // Confirmed: its 回款确认 flow completed at finance, or, entered without a flow (the sample's history), 已到账.
    const confirmed = { or: [{ field: '_flowStatus', op: 'eq', value: 'completed' }, { and: [{ field: '_flowStatus', op: 'empty' }, { field: 'f_confirmed', op: 'eq', value: 'confirmed' }] }] };
    expect(payments).toMatchObject({
      weight: 0,
      source: { kind: 'aggregate', formId: 'crm__payments', aggregate: 'sum', field: 'f_amount', filter: confirmed, personField: 'f_owner', dateField: 'f_payment_date' },
      target: { kind: 'form', formId: 'targets', personField: 'f_person', periodField: 'f_period_key', valueField: 'f_payment_target' },
      method: { kind: 'ratio' },
    });
    expect(payments?.description).toContain('观察指标');
    expect(fieldIds().get('targets')?.has('f_payment_target')).toBe(true);
    expect(bundleScheme().items.some((item) => item.id === 'k_payments' || JSON.stringify(item).includes('payment'))).toBe(false);
  });

  it('counts a CRM contract once its approval flow completed, not while it waits (amount and orders alike)', () => {
    for (const id of ['k_amount', 'k_orders']) {
      const source = variantScheme().items.find((item) => item.id === id)?.source;
      expect(source).toMatchObject({ formId: 'crm__contracts' });
      expect(JSON.stringify(source)).toContain('{"field":"_flowStatus","op":"eq","value":"completed"}');
    }
  });

  it('refuses an overlay that changes more than sources, or names what the bundle lacks, with a pointer in both languages', () => {
    const bundle = readTemplateBundle('performance');
    const overlay = (items: unknown, extra: Record<string, unknown> = {}) => ({ uses: 'crm', description: '…', scorings: [{ key: 'salesKpi', items, ...extra }] });
    const source = { kind: 'aggregate', formId: 'crm:contracts', aggregate: 'count', personField: 'f_owner', dateField: 'f_sign_date' };
    expect(() => applyVariantOverlay(bundle, overlay({ k_orders: { source, weight: 30 } }))).toThrow(
      '/scorings/0/items/k_orders/weight: 未知的属性（变体只替换数据来源和说明，或添加观察指标） / is not a known property (a variant replaces sources and descriptions, or adds observation items)',
    );
    expect(() => applyVariantOverlay(bundle, overlay({ k_payments: { source } }))).toThrow('/scorings/0/items/k_payments: 考核方案中没有指标 "k_payments" / the scheme has no item "k_payments"');
    expect(() => applyVariantOverlay(bundle, overlay({ k_orders: { description: '…' } }))).toThrow('/scorings/0/items/k_orders/source');
    expect(() => applyVariantOverlay(bundle, overlay({}, { bands: [] }))).toThrow('/scorings/0/bands');
    expect(() => applyVariantOverlay(bundle, { ...overlay({}), scorings: [{ key: 'nope', items: {} }] })).toThrow('/scorings/0/key');
    expect(() => applyVariantOverlay(bundle, { ...overlay({}), uses: 'erp' })).toThrow('/uses');
    // An added item is an observation item: weighing it would change what the bundle scores.
    const observed = { id: 'k_paid', name: '回款', weight: 0, source, method: { kind: 'percentage' } };
    expect(() => applyVariantOverlay(bundle, overlay({}, { observations: [{ ...observed, weight: 10 }] }))).toThrow(
      '/scorings/0/observations/0/weight: 变体添加的考核项只能是观察指标，权重必须为 0 / an item a variant adds is an observation item: its weight must be 0',
    );
    expect(() => applyVariantOverlay(bundle, overlay({}, { observations: [{ ...observed, id: 'k_orders' }] }))).toThrow('/scorings/0/observations/0/id: 考核方案中已有指标 "k_orders" / the scheme already has an item "k_orders"');
    expect(() => applyVariantOverlay(bundle, overlay({}, { observations: [observed, observed] }))).toThrow('/scorings/0/observations/1/id');
    expect(() => applyVariantOverlay(bundle, overlay({}, { observations: {} }))).toThrow('/scorings/0/observations: 必须是考核项数组 / must be an array of items');
    expect(asItems(applyVariantOverlay(bundle, overlay({}, { observations: [observed] })).scorings[0]?.schema).at(-1)).toEqual(observed);
    // A variant with no changes is the bundle's scheme as it is.
    expect(applyVariantOverlay(bundle, overlay({})).scorings[0]?.schema).toEqual((bundle as { scorings: { schema: unknown }[] }).scorings[0]?.schema);
  });
});

function asItems(schema: unknown): unknown[] {
  return (schema as { items: unknown[] }).items;
}
