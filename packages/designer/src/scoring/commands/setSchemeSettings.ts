import type { GradeBand, ScoringPeriod, ScoringSchema, SchemeScope, WeightSet } from '@formwork/runtime';
import type { ScoringCommandContext, ScoringEdit } from '../ScoringEdit.js';

/**
 * What the scheme's settings change. `null` (or an empty scope or list) takes an optional setting
 * away: no scope scores everyone, no trial period is no trial.
 */
export interface SchemeSettingsPatch {
  readonly title?: string;
  readonly period?: ScoringPeriod;
  readonly precision?: number;
  readonly teamRollup?: 'avg' | 'sum';
  readonly appliesTo?: SchemeScope | null;
  readonly trialUntil?: string | null;
  readonly validFrom?: string | null;
  readonly validTo?: string | null;
  readonly bands?: readonly GradeBand[] | null;
  readonly weightSets?: readonly WeightSet[] | null;
}

type Optional = 'appliesTo' | 'trialUntil' | 'validFrom' | 'validTo' | 'bands' | 'weightSets';

/** Changes the scheme's title, period, rounding, roll-up, scope, trial, validity, grade bands or weight sets. */
export function setSchemeSettings(context: ScoringCommandContext, patch: SchemeSettingsPatch): ScoringEdit {
  let scheme: ScoringSchema = { ...context.scheme };
  if (patch.title !== undefined) scheme = { ...scheme, title: patch.title };
  if (patch.period !== undefined) scheme = { ...scheme, period: patch.period };
  if (patch.precision !== undefined) scheme = { ...scheme, precision: patch.precision };
  if (patch.teamRollup !== undefined) scheme = { ...scheme, teamRollup: patch.teamRollup };
  const optional = <K extends Optional>(key: K, value: ScoringSchema[K] | null | undefined, empty: (value: NonNullable<ScoringSchema[K]>) => boolean): void => {
    if (value === undefined) return;
    const { [key]: _removed, ...rest } = scheme;
    scheme = value === null || empty(value as NonNullable<ScoringSchema[K]>) ? (rest as ScoringSchema) : { ...scheme, [key]: value };
  };
  optional('appliesTo', patch.appliesTo, (scope) => (scope.roles ?? []).length === 0 && (scope.departments ?? []).length === 0);
  optional('trialUntil', patch.trialUntil, (period) => period.trim() === '');
  optional('validFrom', patch.validFrom, (period) => period.trim() === '');
  optional('validTo', patch.validTo, (period) => period.trim() === '');
  optional('bands', patch.bands, (bands) => bands.length === 0);
  optional('weightSets', patch.weightSets, (sets) => sets.length === 0);
  return { ok: true, scheme };
}
