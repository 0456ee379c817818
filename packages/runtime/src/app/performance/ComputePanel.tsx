import { useId } from 'react';
import { usePerformanceText } from './performanceMessages.js';
import type { ComputeStep, ScoreSheetController } from './ScoreSheetController.js';

/**
 * Compute (or recompute) the period's sheet. Once the period is confirmed (`confirmed`, or the
 * server's `reason_required`) it first asks why: the reason goes into the run's history.
 */
export function ComputePanel({ controller, state, label, confirmed = false }: { readonly controller: ScoreSheetController; readonly state: ComputeStep; readonly label: string; readonly confirmed?: boolean }) {
  const { pt } = usePerformanceText();
  const reasonId = useId();
  const errorId = useId();
  if (state.step === 'idle' || (state.step === 'sending' && state.reason === '')) {
    return (
      <div className="app-performance__compute">
        <button type="button" className="fw-button" disabled={state.step === 'sending'} onClick={() => (confirmed ? controller.askReason() : void controller.compute())}>
          {label}
        </button>
        {state.step === 'idle' && state.error !== undefined && (
          <p className="app-error" role="alert">
            {state.error}
          </p>
        )}
      </div>
    );
  }
  const problem = state.step === 'asking' ? (state.blank ? pt('reasonRequired') : state.error) : undefined;
  return (
    <form
      className="app-performance__compute"
      onSubmit={(event) => {
        event.preventDefault();
        void controller.compute();
      }}
    >
      <label htmlFor={reasonId}>{pt('recomputeReason')}</label>
      <textarea
        id={reasonId}
        rows={2}
        maxLength={500}
        value={state.reason}
        aria-invalid={problem !== undefined}
        aria-describedby={problem !== undefined ? errorId : undefined}
        onChange={(event) => controller.setReason(event.target.value)}
      />
      {problem !== undefined && (
        <p id={errorId} className="app-error" role="alert">
          {problem}
        </p>
      )}
      <span className="app-performance__actions">
        <button type="submit" className="fw-button fw-button--primary" disabled={state.step === 'sending'}>
          {label}
        </button>
        <button type="button" className="fw-button" onClick={() => controller.cancelCompute()}>
          {pt('cancel')}
        </button>
      </span>
    </form>
  );
}
