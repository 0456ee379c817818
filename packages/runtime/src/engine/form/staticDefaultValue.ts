import { formatDate } from '../rules/dates/formatDate.js';
import { formatDateTime } from '../rules/dates/formatDateTime.js';
import { wallTimeAt } from '../rules/dates/zonedTime.js';
import { defaultRuleTimeZone } from '../rules/RuleRuntime.js';
import type { EvaluationContext, ValueFieldDefinition } from './CompiledForm.js';

/** Today's date (`YYYY-MM-DD`) in the context's time zone; an unknown zone falls back to the default. */
export function todayIn(ctx: EvaluationContext): string | undefined {
  const now = ctx.now();
  try {
    return formatDate(wallTimeAt(now, ctx.timeZone ?? defaultRuleTimeZone).days) ?? undefined;
  } catch {
    return formatDate(wallTimeAt(now, defaultRuleTimeZone).days) ?? undefined;
  }
}

/** The current instant as ISO 8601 with the context zone's offset. */
function nowIn(ctx: EvaluationContext): string | undefined {
  const now = ctx.now();
  try {
    return formatDateTime(now, ctx.timeZone ?? defaultRuleTimeZone) ?? undefined;
  } catch {
    return formatDateTime(now, defaultRuleTimeZone) ?? undefined;
  }
}

function asFieldValue(field: ValueFieldDefinition, id: string | null | undefined): unknown {
  if (id === undefined || id === null || id === '') return undefined;
  return field.type === 'members' || field.type === 'departments' ? [id] : id;
}

/**
 * The default of a field that does not come from a formula: a fixed value, the current user or
 * their department (a list of one for multi-member fields), today or now (a date field gets the
 * date, others the ISO date-time). `undefined` when there is none to give.
 */
export function staticDefaultValue(field: ValueFieldDefinition, ctx: EvaluationContext): unknown {
  const defaultValue = field.defaultValue;
  if (defaultValue === undefined) return undefined;
  switch (defaultValue.kind) {
    case 'fixed':
      return defaultValue.value ?? undefined;
    case 'currentUser':
      return asFieldValue(field, ctx.user?.id);
    case 'currentDepartment':
      return asFieldValue(field, ctx.user?.departmentId);
    case 'today':
      return field.type === 'datetime' ? nowIn(ctx) : todayIn(ctx);
    case 'now':
      return field.type === 'date' ? todayIn(ctx) : nowIn(ctx);
    case 'formula':
      return undefined;
  }
}
