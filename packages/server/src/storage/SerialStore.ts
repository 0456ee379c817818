/**
 * Serial-number counters (a form's 编号 field), one per form, field and period (`2026-12` when
 * the number restarts monthly, `` when it never does).
 */
export interface SerialStore {
  /**
   * The next value: `start` the first time, then +1. Never hands out a value twice, even to
   * concurrent writers; inside a transaction that rolls back, the value is handed out again
   * (no gaps).
   */
  next(formId: string, fieldId: string, period: string, start: number): Promise<number>;
}
