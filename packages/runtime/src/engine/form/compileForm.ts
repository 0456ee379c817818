import type { FormSchema, RecordData } from '../documents/form/FormSchema.js';
import { analyzeForm } from './analyzeFormRules.js';
import { buildRecordSchema } from './buildRecordSchema.js';
import type { CompiledForm, CompileFormOptions, EvaluationContext, FormEvaluation, SubmissionResult } from './CompiledForm.js';
import { compileRecordShapeValidator } from './compileRecordShapeValidator.js';
import type { RecordShapeValidator } from './compileRecordShapeValidator.js';
import { collectVisibleBlocks } from './collectVisibleBlocks.js';
import { createFormSession } from './createFormSession.js';
import { evaluateDescriptionVisibility } from './evaluateDescriptionVisibility.js';
import { evaluateRecord } from './evaluateRecord.js';
import { FormCompileError } from './FormCompileError.js';
import { buildFormPlan } from './FormPlan.js';
import type { FormPlan } from './FormPlan.js';
import { materializeValues } from './materializeValues.js';
import { readRecordInputs } from './readRecordInputs.js';
import { toFormRuleGraph } from './toFormRuleGraph.js';
import { validateRecordValues } from './validateRecordValues.js';
import type { ValidatedRecord } from './validateRecordValues.js';
import { canValidateRaw, validateRawRecord } from './validateRawRecord.js';

const bySchema = new WeakMap<FormSchema, CompiledForm>();
const byKey = new Map<string, CompiledForm>();
/** Compiled forms kept by explicit key; the oldest goes first. Schemas kept by identity cost nothing. */
const MAX_KEYED_FORMS = 256;

/**
 * Compiles a form once per (form, version): its field index, rule graph, record JSON Schema
 * (its ajv validator is compiled on first use) and evaluators. Cached by schema identity and,
 * when given, by `options.cacheKey` (e.g. `${formId}@${version}`). Throws FormCompileError when
 * the form's rules cannot be evaluated (unknown fields, cycles…).
 *
 * @example
 * const form = compileForm(schema, { cacheKey: `${formId}@${version}` });
 * const result = form.prepareSubmission(body, { now: () => clock.now(), locale: 'zh-CN', user });
 * if (!result.ok) return reply(422, result.errors);
 */
export function compileForm(schema: FormSchema, options: CompileFormOptions = {}): CompiledForm {
  const cached = bySchema.get(schema) ?? (options.cacheKey === undefined ? undefined : byKey.get(options.cacheKey));
  if (cached !== undefined) {
    bySchema.set(schema, cached);
    return cached;
  }
  const compiled = buildCompiledForm(schema);
  bySchema.set(schema, compiled);
  if (options.cacheKey !== undefined) {
    byKey.set(options.cacheKey, compiled);
    if (byKey.size > MAX_KEYED_FORMS) {
      const oldest = byKey.keys().next().value;
      if (oldest !== undefined) byKey.delete(oldest);
    }
  }
  return compiled;
}

function buildCompiledForm(schema: FormSchema): CompiledForm {
  const analysis = analyzeForm(schema);
  if (analysis.issues.length > 0) throw new FormCompileError(analysis.issues);
  const { index, ruleGraph } = analysis;
  const plan = buildFormPlan(schema, index, ruleGraph);
  const recordSchema = buildRecordSchema(index, schema.title);
  let shapeValidator: RecordShapeValidator | undefined;
  const form: CompiledForm = {
    schema,
    fieldsById: index.fieldsById,
    valueFields: index.valueFields,
    aliasToId: index.aliasToId,
    recordSchema,
    get validateRecordShape(): RecordShapeValidator {
      shapeValidator ??= compileRecordShapeValidator(recordSchema);
      return shapeValidator;
    },
    graph: toFormRuleGraph(ruleGraph),
    evaluate: (values, ctx) => evaluateForm(plan, values, ctx),
    createSession: (initial, ctx, sessionOptions) => createFormSession(form, plan, initial, ctx, sessionOptions),
    prepareSubmission: (data, ctx) => prepareSubmission(plan, data, ctx),
    validateRecord: (data, ctx) => (canValidateRaw(plan) ? validateRawRecord(plan, data, ctx, false) : validateSubmission(plan, data, ctx, false)).errors,
  };
  return form;
}

function evaluateForm(plan: FormPlan, values: RecordData, ctx: EvaluationContext): FormEvaluation {
  const inputs = readRecordInputs(plan, values, { submission: false });
  const evaluated = evaluateRecord(plan, inputs.values, ctx, true);
  evaluateDescriptionVisibility(plan, evaluated, ctx);
  const validated = validateRecordValues(plan, inputs, evaluated, ctx, { record: false, visible: true });
  const visible = validated.visible ?? new Set<string>();
  collectVisibleBlocks(plan, evaluated.visible, (subformId) => evaluated.rows[subformId], visible);
  return { values: materializeValues(plan, evaluated), visible, errors: validated.errors };
}

function prepareSubmission(plan: FormPlan, data: unknown, ctx: EvaluationContext): SubmissionResult {
  const { errors, record = {} } = canValidateRaw(plan) ? validateRawRecord(plan, data, ctx, true) : validateSubmission(plan, data, ctx, true);
  return errors.length === 0 ? { ok: true, data: record } : { ok: false, errors, data: record };
}

/** The general submission path: read, evaluate (defaults, visibility, formulas), validate. */
export function validateSubmission(plan: FormPlan, data: unknown, ctx: EvaluationContext, buildRecord: boolean): ValidatedRecord {
  const inputs = readRecordInputs(plan, data, { submission: true });
  const evaluated = evaluateRecord(plan, inputs.values, ctx, false);
  return validateRecordValues(plan, inputs, evaluated, ctx, { record: buildRecord, visible: false });
}
