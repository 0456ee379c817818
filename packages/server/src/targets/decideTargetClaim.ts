import { storedRuleText, type Locale } from '@formwork/runtime';
import { forbidden, invalidBody, notFound } from '../http/httpErrors.js';
import { shareFormCache } from '../records/loadRecordForm.js';
import { scoreScopeOf } from '../scoring/ScoreScope.js';
import type { ServerContext } from '../ServerContext.js';
import type { User } from '../storage/UserStore.js';
import { claimNotPending } from './ClaimErrors.js';
import { claimField, findClaimsForm } from './claimsForm.js';
import { writeClaimRecord } from './writeClaimRecord.js';
import { writeTargetRecords } from './writeTargetRecords.js';

/** A manager's answer to a claim: approve it (as proposed, or another amount) or return it to the rep. */
export interface ClaimDecision {
  readonly decision: 'approve' | 'return';
  /** approve: the target given, when not the amount proposed. */
  readonly amount?: number;
  /** Why: required to return a claim, kept on the claim and in the target's history. */
  readonly note?: string;
}

/** Why a target made by an approved claim is what it is: its reason (with the manager's note) and, in both languages, its rule. */
export const approvedClaimRule = '目标认领：主管批准';
const approvedClaimRuleText = storedRuleText({ 'zh-CN': approvedClaimRule, en: 'Target claim: approved by the manager' });

/**
 * A manager approves or returns a claim waiting for them: only a claim of someone in the
 * departments they manage (or below, by the department on the claim), never their own; admins
 * any. Approving makes the amount the person's target of the period — written to the targets
 * form in the same transaction, through the targets' write path (history with who, when, why) —
 * and stamps the decision on the claim. 404 for a claim the caller cannot see, 403 for one they
 * see but may not decide (their own), 409 `claim_not_pending` for one already decided.
 */
export async function decideTargetClaim(context: ServerContext, user: User, appId: string, claimId: string, decision: ClaimDecision, locale: Locale): Promise<void> {
  const { stores } = context;
  const note = decision.note?.trim() ?? '';
  if (decision.decision === 'return' && note === '') {
    throw invalidBody([{ pointer: '/note', code: 'required', message: { 'zh-CN': '退回认领须写明原因', en: 'Returning a claim needs a note saying why' } }]);
  }
  await stores.transaction(async (tx) => {
    shareFormCache(tx, stores);
    const form = await findClaimsForm(tx, appId);
    const record = form ? await tx.records.findById(claimId) : undefined;
    if (!form || !record || record.formId !== form.id || record.deletedAt !== null) throw notFound();
    const person = record.data[claimField.person];
    const department = record.data[claimField.department];
    const scope = await scoreScopeOf(tx, user);
    const inTeam = scope.kind === 'all' || (typeof department === 'string' && scope.departments.has(department) && person !== user.id);
    if (!inTeam) throw person === user.id ? forbidden() : notFound();
    if (record.data[claimField.status] !== 'proposed') throw claimNotPending();
    const stamp = { [claimField.decisionNote]: note === '' ? null : note, [claimField.decidedBy]: user.id, [claimField.decidedAt]: new Date(context.now()).toISOString() };
    if (decision.decision === 'return') {
      await writeClaimRecord(context, tx, user, form.id, record, { ...stamp, [claimField.status]: 'returned' }, locale, note);
      return;
    }
    const proposed = record.data[claimField.proposed];
    const amount = decision.amount ?? (typeof proposed === 'number' ? proposed : 0);
    await writeClaimRecord(context, tx, user, form.id, record, { ...stamp, [claimField.status]: 'approved', [claimField.approved]: amount }, locale, note === '' ? null : note);
    const period = String(record.data[claimField.period]);
    const metric = String(record.data[claimField.metric]);
    const reason = note === '' ? approvedClaimRule : `${approvedClaimRule}：${note}`;
    await writeTargetRecords(
      { ...context, stores: tx },
      user,
      appId,
      metric,
      [{ period, level: 'person', department: typeof department === 'string' ? department : null, person: typeof person === 'string' ? person : null, dimension: null, dimensionField: null, amount, rule: approvedClaimRuleText, parent: null }],
      locale,
      reason,
    );
  });
}
