import { HttpError } from '../http/HttpError.js';
import type { ServerContext } from '../ServerContext.js';
import { runFlowAction } from './runFlowAction.js';

/** Timers fired per round at most, so one round never holds the process for long. */
const timersPerRound = 100;

/** What one round of the timer scheduler did. */
export interface TimerRound {
  /** False when another process holds the scheduler's lease: this one did nothing. */
  readonly ran: boolean;
  readonly fired: number;
  /** Timers the engine no longer knew (fired or cancelled meanwhile): their rows are cleared. */
  readonly stale: number;
}

/**
 * One round of the workflow timer scheduler, on the injected clock: under the `flow-timers` lease
 * (one process at a time, as housekeeping), claims the timers due now — also those that fell due
 * while every server was down — and fires each as its own transition (`timerFired`: a reminder,
 * an auto-approve, an auto-return). A timer fires once: the transition clears it, a claim keeps it
 * from other callers meanwhile, and the engine refuses one fired twice (its row is cleared then).
 */
export async function fireDueTimers(context: ServerContext, holder: string, leaseMs = 60_000): Promise<TimerRound> {
  const { stores } = context;
  if (!(await stores.leases.acquire('flow-timers', holder, context.now(), leaseMs))) return { ran: false, fired: 0, stale: 0 };
  let fired = 0;
  let stale = 0;
  for (const timer of await stores.flowTimers.claimDue(context.now(), timersPerRound, { leaseMs })) {
    try {
      await runFlowAction(context, null, { instanceId: timer.instanceId }, { type: 'timerFired', timerId: timer.id }, 'zh-CN');
      fired += 1;
    } catch (error) {
      // 409/404: the flow moved on without it (finished, node left); nothing will ever fire it.
      if (!(error instanceof HttpError) || (error.status !== 409 && error.status !== 404)) throw error;
      await stores.flowTimers.clear([timer.id]);
      stale += 1;
    }
  }
  return { ran: true, fired, stale };
}

/**
 * Runs `fireDueTimers` every `everyMs` until stopped; a failed round is logged and the next one
 * tries again (a claimed timer is handed out again once its claim lapses).
 */
export function startFlowTimers(context: ServerContext, holder: string, everyMs = 30_000): () => void {
  const round = async (): Promise<void> => {
    try {
      await fireDueTimers(context, holder, everyMs * 2);
    } catch (error) {
      context.logger.error('Workflow timers failed', error);
    }
  };
  void round();
  const interval = setInterval(() => void round(), everyMs).unref();
  return () => clearInterval(interval);
}
