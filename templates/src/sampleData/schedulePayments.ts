import type { Random } from './createRandom.js';
import { DAY_MS } from './shanghaiCalendar.js';

export type PaymentTerms = 'once' | 'two' | 'three';

export interface ScheduledPayment {
  readonly installment: number;
  readonly cents: number;
  readonly at: number;
}

const plans: Readonly<Record<PaymentTerms, readonly (readonly [percent: number, fromDay: number, toDay: number])[]>> = {
  once: [[100, 10, 45]],
  two: [
    [50, 7, 30],
    [50, 60, 150],
  ],
  three: [
    [30, 7, 20],
    [60, 45, 120],
    [10, 150, 300],
  ],
};

/**
 * The installments of a contract that have been paid by `now`: the plan's shares of the amount
 * (the last takes the remainder, so they add up to the contract exactly), some a few weeks late,
 * a few never. Their sum never exceeds the contract.
 */
export function schedulePayments(random: Random, terms: PaymentTerms, totalCents: number, signedAt: number, now: number): readonly ScheduledPayment[] {
  const plan = plans[terms];
  const payments: ScheduledPayment[] = [];
  let allotted = 0;
  for (const [index, [percent, fromDay, toDay]] of plan.entries()) {
    const cents = index === plan.length - 1 ? totalCents - allotted : Math.floor((totalCents * percent) / 100);
    allotted += cents;
    if (random.chance(0.04)) break;
    const late = random.chance(0.1) ? random.int(20, 60) : 0;
    const at = signedAt + (random.int(fromDay, toDay) + late) * DAY_MS;
    if (at > now) break;
    payments.push({ installment: index + 1, cents, at });
  }
  return payments;
}
