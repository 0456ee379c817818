import type { FieldError, EvaluationContext } from './CompiledForm.js';
import { createFieldError } from './messages/createFieldError.js';
import { resolveUserText } from './resolveUserText.js';
import type { ValidationNode } from './RuleGraph.js';
import { runRule } from './runRule.js';
import { truthy } from '../rules/values/truthy.js';

/**
 * Checks one form-level validation rule against what rules read (hidden fields absent). When
 * `when` holds (or is absent) `assert` must be truthy; a rule that fails to evaluate counts as
 * falsy. The error goes beside `fields[0]` (its subform, for a column) while that shows, else on
 * the form (`''`).
 */
export function checkValidationRule(
  node: ValidationNode,
  scope: Readonly<Record<string, unknown>>,
  isShown: (fieldId: string) => boolean,
  ctx: EvaluationContext,
): FieldError | undefined {
  if (node.when !== undefined && !truthy(runRule(node.when, scope, ctx))) return undefined;
  if (truthy(runRule(node.assert, scope, ctx))) return undefined;
  const target = node.target;
  const anchorId = target === undefined ? undefined : (target.subform?.id ?? target.field.id);
  const shown = anchorId !== undefined && isShown(anchorId);
  return createFieldError(
    shown && target !== undefined ? target.field.id : '',
    shown && anchorId !== undefined ? `/${anchorId}` : '',
    { code: 'rule', params: { ruleId: node.rule.id } },
    { kind: 'form' },
    ctx.locale,
    resolveUserText(node.rule.message, ctx.locale),
  );
}
