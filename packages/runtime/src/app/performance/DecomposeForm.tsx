import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { formatScoreNumber, type TargetNode } from '../../engine/index.js';
import type { DecomposeRequest, DecompositionView } from '../api/PerformanceViews.js';
import { useAppSession } from '../shell/AppSession.js';
import { useAsync } from '../shell/useAsync.js';
import { describeApiError } from './describeApiError.js';
import { readDimensionFields } from './readDimensionFields.js';
import { usePerformanceText } from './performanceMessages.js';

type Along = 'time' | 'org' | 'dimension';

/** A stored target to split further: the form starts from its period, department and amount. */
export interface DecomposeSeed {
  readonly period: string;
  /** '' for the company. */
  readonly department: string;
  readonly amount: number;
}
const timeLevels = ['quarter', 'month', 'week'] as const;
const orgLevels = ['department', 'person'] as const;

/** What the form holds, and where its request stands. */
interface DecomposeDraft {
  readonly amount: string;
  readonly period: string;
  /** '' for the company. */
  readonly department: string;
  readonly along: Along;
  /** The level split down to; along a dimension, the choice field's id. */
  readonly to: string;
  /** Over time: even, or by last year's actuals of the same periods. */
  readonly method: 'even' | 'lastYear';
  /** % over last year's actual of the same period, instead of the amount; '' for none. */
  readonly growth: string;
  readonly reason: string;
}

type DecomposeStep =
  | { readonly step: 'editing'; readonly error?: string }
  | { readonly step: 'sending' }
  /** A dry run of exactly this draft: Apply writes it. */
  | { readonly step: 'previewed'; readonly result: DecompositionView; readonly of: DecomposeDraft }
  | { readonly step: 'applied'; readonly result: DecompositionView };

/**
 * For admins and managers: a target split over time or through the organisation. Preview asks the
 * server for a dry run and shows the tree with the rule behind each value and any children that
 * do not add up; Apply sends the same request for real (with the reason replacing targets needs).
 * Given a `seed` (a stored target's "split further"), it starts from that target, split through
 * the organisation one level down, with the focus on its amount. When the targets form has a
 * single-choice field (a product line, region or customer type an admin added), a target may also
 * be split into that field's options.
 */
export function DecomposeForm({ appId, metric, period, seed, onApplied }: { readonly appId: string; readonly metric: string; readonly period: string; readonly seed?: DecomposeSeed; readonly onApplied: () => void }) {
  const { api } = useAppSession();
  const { pt, locale } = usePerformanceText();
  const ids = { amount: useId(), growth: useId(), period: useId(), department: useId(), along: useId(), to: useId(), method: useId(), reason: useId(), error: useId() };
  const departments = useAsync(() => api.departments(), 'departments');
  // A split along a product line, region or customer type is offered only when the targets form has such a field.
  const dimensions = useAsync(() => readDimensionFields(api, appId), `dimensions/${appId}`);
  const fields = dimensions.status === 'ready' ? dimensions.value : [];
  const [draft, setDraft] = useState<DecomposeDraft>(() =>
    seed === undefined
      ? { amount: '', period: period.slice(0, 4), department: '', along: 'time', to: 'quarter', method: 'even', growth: '', reason: '' }
      : { amount: String(seed.amount), period: seed.period, department: seed.department, along: 'org', to: seed.department === '' ? 'department' : 'person', method: 'even', growth: '', reason: '' },
  );
  const amountInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (seed !== undefined) amountInput.current?.focus();
  }, [seed]);
  const [state, setState] = useState<DecomposeStep>({ step: 'editing' });
  const edit = (patch: Partial<DecomposeDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setState({ step: 'editing' });
  };
  const send = async (dryRun: boolean): Promise<void> => {
    // A growth over last year sets the amount on the server (its rule says so); else the amount is needed.
    const growth = Number(draft.growth.trim());
    const grows = draft.growth.trim() !== '';
    if (grows && !Number.isFinite(growth)) return setState({ step: 'editing', error: pt('growthInvalid') });
    const amount = Number(draft.amount.trim());
    if (!grows && (draft.amount.trim() === '' || !Number.isFinite(amount) || amount < 0)) return setState({ step: 'editing', error: pt('amountInvalid') });
    const request: DecomposeRequest = {
      root: { period: draft.period.trim(), ...(grows ? { growth } : { amount }), metric, ...(draft.department === '' ? {} : { department: draft.department }) },
      ...(draft.along === 'time'
        ? { time: { to: draft.to as (typeof timeLevels)[number], method: draft.method } }
        : draft.along === 'dimension'
          ? { org: { to: 'dimension' as const, field: draft.to, method: 'even' as const } }
          : { org: { to: draft.to as (typeof orgLevels)[number], method: 'even' as const } }),
      dryRun,
      ...(draft.reason.trim() === '' ? {} : { reason: draft.reason.trim() }),
    };
    setState({ step: 'sending' });
    try {
      const result = await api.decomposeTarget(appId, request);
      if (dryRun) return setState({ step: 'previewed', result, of: draft });
      setState({ step: 'applied', result });
      onApplied();
    } catch (error) {
      setState({ step: 'editing', error: describeApiError(error) });
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(true);
  };
  const flat = departments.status === 'ready' ? flatten(departments.value) : [];
  const levels: readonly (readonly [string, string])[] =
    draft.along === 'dimension' ? fields.map(({ id, label }) => [id, label] as const) : (draft.along === 'time' ? timeLevels : orgLevels).map((level) => [level, pt(`level_${level}`)] as const);
  const firstLevel = (along: Along): string => (along === 'time' ? 'quarter' : along === 'org' ? 'person' : (fields[0]?.id ?? ''));
  const error = state.step === 'editing' ? state.error : undefined;
  const shown = state.step === 'previewed' || state.step === 'applied' ? state.result : null;
  return (
    <section className="app-performance__section" aria-labelledby="decompose">
      <h2 id="decompose">{pt('decomposeHeading')}</h2>
      <form className="app-targets__form" onSubmit={submit} aria-describedby={error === undefined ? undefined : ids.error}>
        <label htmlFor={ids.amount}>{pt('rootAmount')}</label>
        <input id={ids.amount} ref={amountInput} inputMode="decimal" value={draft.amount} onChange={(event) => edit({ amount: event.target.value })} />
        <label htmlFor={ids.growth}>{pt('rootGrowth')}</label>
        <input id={ids.growth} inputMode="decimal" value={draft.growth} onChange={(event) => edit({ growth: event.target.value })} />
        <label htmlFor={ids.period}>{pt('rootPeriod')}</label>
        <input id={ids.period} value={draft.period} maxLength={16} onChange={(event) => edit({ period: event.target.value })} />
        <label htmlFor={ids.department}>{pt('rootDepartment')}</label>
        <select id={ids.department} value={draft.department} onChange={(event) => edit({ department: event.target.value })}>
          <option value="">{pt('company')}</option>
          {flat.map(({ id, name, depth }) => (
            <option key={id} value={id}>
              {`${'— '.repeat(depth)}${name}`}
            </option>
          ))}
        </select>
        <label htmlFor={ids.along}>{pt('along')}</label>
        <select id={ids.along} value={draft.along} onChange={(event) => edit({ along: event.target.value as Along, to: firstLevel(event.target.value as Along) })}>
          <option value="time">{pt('alongTime')}</option>
          <option value="org">{pt('alongOrg')}</option>
          {fields.length > 0 && <option value="dimension">{pt('alongDimension')}</option>}
        </select>
        <label htmlFor={ids.to}>{draft.along === 'time' ? pt('timeTo') : draft.along === 'dimension' ? pt('dimensionField') : pt('orgTo')}</label>
        <select id={ids.to} value={draft.to} onChange={(event) => edit({ to: event.target.value })}>
          {levels.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        {draft.along === 'time' && (
          <>
            <label htmlFor={ids.method}>{pt('timeMethod')}</label>
            <select id={ids.method} value={draft.method} onChange={(event) => edit({ method: event.target.value === 'lastYear' ? 'lastYear' : 'even' })}>
              <option value="even">{pt('method_even')}</option>
              <option value="lastYear">{pt('method_lastYear')}</option>
            </select>
          </>
        )}
        <label htmlFor={ids.reason}>{pt('decomposeReason')}</label>
        <textarea id={ids.reason} rows={2} maxLength={500} value={draft.reason} onChange={(event) => edit({ reason: event.target.value })} />
        {error !== undefined && (
          <p id={ids.error} className="app-error" role="alert">
            {error}
          </p>
        )}
        <span className="app-performance__actions">
          <button type="submit" className="fw-button" disabled={state.step === 'sending'}>
            {pt('preview')}
          </button>
          {state.step === 'previewed' && (
            <button type="button" className="fw-button fw-button--primary" onClick={() => void send(false)}>
              {pt('apply')}
            </button>
          )}
        </span>
      </form>
      {state.step === 'previewed' && <p role="status">{pt('previewShown')}</p>}
      {state.step === 'applied' && <p role="status">{pt('applied', { created: state.result.created ?? 0, replaced: state.result.replaced ?? 0 })}</p>}
      {shown && (
        <>
          {shown.mismatches.map((mismatch) => (
            <p key={mismatch.path.join('/')} className="app-error">
              {mismatch.message[locale]}
            </p>
          ))}
          <ul className="app-targets__tree" aria-label={pt('treeHeading')}>
            <PlannedNode node={shown.tree} />
          </ul>
        </>
      )}
    </section>
  );
}

/** A node of the planned tree: its label, value and the rule that gave it, then its children. */
function PlannedNode({ node }: { readonly node: TargetNode }) {
  const { pt, locale } = usePerformanceText();
  return (
    <li className="app-targets__node">
      <strong>{node.label[locale]}</strong> · {formatScoreNumber(node.value, locale, 2)}
      <span className="app-muted app-performance__explanation"> — {pt('ruleOf', { rule: node.rule.text[locale] })}</span>
      {node.children && node.children.length > 0 && (
        <ul>
          {node.children.map((child) => (
            <PlannedNode key={child.key} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}


function flatten(nodes: readonly { readonly id: string; readonly name: string; readonly children: readonly unknown[] }[], depth = 0): { id: string; name: string; depth: number }[] {
  return nodes.flatMap((node) => [{ id: node.id, name: node.name, depth }, ...flatten(node.children as typeof nodes, depth + 1)]);
}
