import { checkTargetTree, decomposeTarget, growTarget, parsePeriod, storedRuleText, TargetError, type LocalizedText, type TargetRule, type OrgUnit, type TargetMismatch, type TargetNode, type TimeLevel, type WeekRule } from '@formwork/runtime';
import { HttpError } from '../http/HttpError.js';
import type { Stores } from '../storage/Stores.js';
import type { User } from '../storage/UserStore.js';
import { periodAYearBefore, type LastYearActuals } from './readLastYearActuals.js';

/** `POST …/targets/decompose`'s body, as checked by the route. */
export interface DecomposeRequest {
  readonly root: { readonly period: string; readonly amount?: unknown; readonly growth?: unknown; readonly metric: string; readonly department?: string };
  readonly time?: { readonly to: TimeLevel; readonly method: 'even' | 'seasonal' | 'lastYear'; readonly weights?: unknown; readonly weekRule?: WeekRule };
  readonly org?: { readonly to: 'department' | 'person' | 'dimension'; readonly field?: string; readonly dimension?: 'productLine' | 'region' | 'customerType'; readonly method: 'even' | 'weights'; readonly weights?: unknown; readonly adjustments?: unknown; readonly rebalance?: boolean };
}

/** One record a decomposition writes: a node of the tree and who or what it is for. */
export interface PlannedTarget {
  readonly period: string;
  readonly level: 'company' | 'department' | 'person';
  readonly department: string | null;
  readonly person: string | null;
  /** Along a dimension: the option of the targets form's choice field (`dimensionField`) it is for; null otherwise. */
  readonly dimension: string | null;
  readonly dimensionField: string | null;
  readonly amount: number;
  /** As the targets form stores it: both languages (`storedRuleText`). */
  readonly rule: string;
  /** Index of the parent in the plan's list, or null for the root. */
  readonly parent: number | null;
}

export interface DecompositionPlan {
  readonly tree: TargetNode;
  readonly mismatches: readonly TargetMismatch[];
  /** Root first, each parent before its children. */
  readonly records: readonly PlannedTarget[];
}

/** Reads the metric's actuals of a period last year (`readLastYearActuals`, bound to the app, metric and department); faults point at `pointer`. */
export type LastYearReader = (lastYear: string, pointer: string) => Promise<LastYearActuals>;

/** The options of a single-choice field of the app's targets form (product line, region, customer type), or undefined when it has no such field. */
export type ChoiceOptionsReader = (fieldId: string) => Promise<readonly { readonly value: string; readonly label: string }[] | undefined>;

/** The root of a company-wide split, named as the app's targets page names it. */
const companyLabel: LocalizedText = { 'zh-CN': '全公司', en: 'The company' };

const timeOrder: readonly string[] = ['year', 'quarter', 'month', 'week', 'day'];

/**
 * The tree a decomposition makes (by the engine) and the target records it stands for. One
 * dimension per request: over time (the root's period down to `time.to`, every level between) or
 * through the organisation (the root department's sub-departments, or its people with their
 * sub-departments' people). Decomposing the children further is another request.
 *
 * The root's amount is given, or — with `root.growth` — last year's actual of the same period ×
 * (1 + growth ÷ 100), the root's rule saying so (`growTarget`). Over time, `lastYear` shares
 * each quarter and month by last year's actuals of the same period. Both read the actuals
 * through `lastYear`.
 *
 * Throws a 400 `invalid_decomposition` whose details point into the body (`/time/to`).
 */
export async function planDecomposition(stores: Pick<Stores, 'departments' | 'users'>, request: DecomposeRequest, lastYear?: LastYearReader, choiceOptions?: ChoiceOptionsReader): Promise<DecompositionPlan> {
  const { root } = request;
  const period = parsePeriod(root.period);
  if (!period) throw invalid('/root/period', 'period', { 'zh-CN': `“${root.period}”不是周期名称（如 2026、2026-Q4、2026-11、2026-W48）`, en: `"${root.period}" is not a period name (2026, 2026-Q4, 2026-11, 2026-W48)` });
  // Last year's actuals, read once whether for growth, for shares, or both.
  let actuals: LastYearActuals | undefined;
  const actualsAt = async (pointer: string): Promise<LastYearActuals> => {
    const before = periodAYearBefore(root.period);
    if (before === undefined || !lastYear) throw invalid(pointer, 'no_last_year', { 'zh-CN': '按周拆分的周期没有去年同期，不能按去年实际设定', en: 'A week has no same period last year to grow from or share by' });
    actuals ??= await lastYear(before, pointer);
    return actuals;
  };
  let amount = root.amount;
  let rootRule: TargetRule | undefined;
  if (root.growth !== undefined) {
    const growth = root.growth;
    if (typeof growth !== 'number' || !Number.isFinite(growth) || growth <= -100) throw invalid('/root/growth', 'growth', { 'zh-CN': '增长率必须是大于 -100 的数字（百分比，如 20）', en: 'Growth must be a number above -100 (a percentage, e.g. 20)' });
    if (amount !== undefined) throw invalid('/root/amount', 'amount_or_growth', { 'zh-CN': '目标值与增长率只能给出其一', en: 'Give the amount or the growth, not both' });
    const grown = growTarget({ lastYearPeriod: periodAYearBefore(root.period) ?? '', lastYearActual: (await actualsAt('/root/growth')).total, growthPercent: growth });
    amount = grown.value;
    rootRule = grown.rule;
  }
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) throw invalid('/root/amount', 'amount', { 'zh-CN': '目标值必须是不小于 0 的数字', en: 'The amount must be a number of 0 or more' });
  const total = amount;
  // A grown root says how it was grown; its children keep the split's own rules.
  const withRootRule = (tree: TargetNode): TargetNode => (rootRule === undefined ? tree : { ...tree, rule: rootRule });
  if ((request.time === undefined) === (request.org === undefined)) {
    throw invalid('', 'one_dimension', { 'zh-CN': '每次只能按时间（time）或按组织（org）之一分解', en: 'Decompose over time or through the organisation (time or org), one at a time' });
  }
  const department = root.department ?? null;
  if (department !== null && !(await stores.departments.findById(department))) throw invalid('/root/department', 'unknown_department', { 'zh-CN': '部门不存在', en: 'No such department' });
  const level = department === null ? 'company' : 'department';
  try {
    if (request.time) {
      const { time } = request;
      const from = timeOrder.indexOf(period.kind) + 1;
      const to = timeOrder.indexOf(time.to);
      if (to < from) throw invalid('/time/to', 'levels', { 'zh-CN': `周期“${root.period}”不能再分解到${time.to}`, en: `The period "${root.period}" cannot be split into ${time.to}s` });
      const levels = timeOrder.slice(from, to + 1) as TimeLevel[];
      const weights = time.method === 'seasonal' ? numberMap(time.weights, '/time/weights') : undefined;
      if (time.method === 'seasonal' && weights === undefined) throw invalid('/time/weights', 'weights_required', { 'zh-CN': '按季节分解须给出权重（如 {"Q4": 40}）', en: 'A seasonal split needs weights (e.g. {"Q4": 40})' });
      const weighting = weights ? { rule: 'seasonal' as const, weights } : time.method === 'lastYear' ? { rule: 'lastYear' as const, actuals: (await actualsAt('/time/method')).byPeriod } : undefined;
      const tree = withRootRule(decomposeTarget({ along: 'time', period: root.period, total, levels, ...(weighting ? { weighting } : {}), ...(time.weekRule ? { weekRule: time.weekRule } : {}) }));
      const records: PlannedTarget[] = [];
      const visit = (node: TargetNode, parent: number | null) => {
        const index = records.length;
        records.push({ period: node.key, level, department, person: null, dimension: null, dimensionField: null, amount: node.value, rule: storedRuleText(node.rule.text), parent });
        for (const child of node.children ?? []) visit(child, index);
      };
      visit(tree, null);
      return { tree, mismatches: checkTargetTree(tree), records };
    }
    const org = request.org as NonNullable<DecomposeRequest['org']>;
    const weights = numberMap(org.weights, '/org/weights') ?? {};
    const adjustments = numberMap(org.adjustments, '/org/adjustments') ?? {};
    const unit = (id: string, name: string): OrgUnit => ({ id, name, ...(weights[id] !== undefined ? { weight: weights[id] } : {}), ...(adjustments[id] !== undefined ? { adjustment: adjustments[id] } : {}) });
    const departments = await stores.departments.list();
    let units: OrgUnit[];
    const departmentOf = new Map<string, string | null>();
    if (org.to === 'dimension') {
      // A department's (or the company's) target along a choice field the admin added to the targets form: one part per option.
      const options = org.field === undefined ? undefined : await choiceOptions?.(org.field);
      if (options === undefined) throw invalid('/org/field', 'dimension_field', { 'zh-CN': '须指定目标表单中的一个单选字段（如产品线、区域、客户类型）', en: 'Name a single-choice field of the targets form (a product line, region or customer type)' });
      units = options.map((option) => unit(option.value, option.label));
    } else if (org.to === 'department') {
      units = departments.filter((each) => each.parentId === department).map((each) => unit(each.id, each.name));
    } else {
      if (department === null) throw invalid('/root/department', 'department_required', { 'zh-CN': '分解到个人时须指定部门', en: 'Name the department whose people share the target' });
      const subtree = new Set(await stores.departments.subtreeIds(department));
      const people = (await stores.users.list()).filter((user) => !user.disabled && user.departmentId !== null && subtree.has(user.departmentId));
      for (const person of people) departmentOf.set(person.id, person.departmentId);
      units = people.map((person) => unit(person.id, person.name));
    }
    if (units.length === 0) throw invalid('/org/to', 'no_units', { 'zh-CN': '没有可分配的下级部门或人员', en: 'There are no sub-departments or people to share the target' });
    const name = department === null ? companyLabel['zh-CN'] : (departments.find((each) => each.id === department)?.name ?? department);
    const split = decomposeTarget({ along: 'org', ...(org.to === 'dimension' && org.dimension ? { dimension: org.dimension } : {}), key: department ?? 'company', name, total, split: org.method, units, ...(org.rebalance === undefined ? {} : { rebalance: org.rebalance }) });
    // The engine names a node once for every language; the company's name is the one word to translate.
    const tree: TargetNode = withRootRule(department === null ? { ...split, label: companyLabel } : split);
    const records: PlannedTarget[] = [{ period: root.period, level, department, person: null, dimension: null, dimensionField: null, amount: tree.value, rule: storedRuleText(tree.rule.text), parent: null }];
    for (const child of tree.children ?? []) {
      records.push(
        org.to === 'dimension'
          ? { period: root.period, level, department, person: null, dimension: child.key, dimensionField: org.field ?? null, amount: child.value, rule: storedRuleText(child.rule.text), parent: 0 }
          : org.to === 'department'
          ? { period: root.period, level: 'department', department: child.key, person: null, dimension: null, dimensionField: null, amount: child.value, rule: storedRuleText(child.rule.text), parent: 0 }
          : { period: root.period, level: 'person', department: departmentOf.get(child.key) ?? null, person: child.key, dimension: null, dimensionField: null, amount: child.value, rule: storedRuleText(child.rule.text), parent: 0 },
      );
    }
    return { tree, mismatches: checkTargetTree(tree), records };
  } catch (error) {
    if (error instanceof TargetError) throw invalid(request.time ? '/time' : '/org', error.code, error.localized);
    throw error;
  }
}

/** Whether a user may set targets for a department (null: the company's): admins anywhere, managers within the departments they manage. */
export async function maySetTargets(stores: Pick<Stores, 'departments'>, user: User, department: string | null): Promise<boolean> {
  if (user.role === 'admin') return true;
  if (user.role !== 'manager' || department === null) return false;
  for (const managed of await stores.departments.managedBy(user.id)) if ((await stores.departments.subtreeIds(managed)).includes(department)) return true;
  return false;
}

function numberMap(value: unknown, pointer: string): Record<string, number> | undefined {
  if (value === undefined) return undefined;
  const valid = typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((each) => typeof each === 'number' && Number.isFinite(each));
  if (!valid) throw invalid(pointer, 'weights', { 'zh-CN': '必须是以名称为键、数字为值的对象', en: 'must be an object of numbers by name' });
  return value as Record<string, number>;
}

function invalid(pointer: string, code: string, message: LocalizedText): HttpError {
  return new HttpError(400, 'invalid_decomposition', { 'zh-CN': '无法按此分解目标', en: 'The target cannot be decomposed this way' }, [{ pointer, code, message }]);
}
