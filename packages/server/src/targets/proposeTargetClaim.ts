import type { Locale } from '@formwork/runtime';
import { shareFormCache } from '../records/loadRecordForm.js';
import type { ServerContext } from '../ServerContext.js';
import type { User } from '../storage/UserStore.js';
import { claimDecided } from './ClaimErrors.js';
import { claimField, ensureClaimsForm } from './claimsForm.js';
import { readClaimRecords } from './readClaimRecords.js';
import { writeClaimRecord } from './writeClaimRecord.js';

/** What a rep claims: their own target of a period and metric. */
export interface ClaimRequest {
  readonly period: string;
  readonly metric: string;
  readonly proposed: number;
  readonly note?: string;
}

/**
 * A rep proposes their own target (目标认领) — always for themself: the person is the caller and
 * the team the department they are in now. A new claim, or a changed one while it waits or after
 * the manager returned it (the decision is cleared; the history keeps it). An approved or
 * confirmed claim is a 409 `claim_decided`. The claims form is created on first use.
 */
export async function proposeTargetClaim(context: ServerContext, user: User, appId: string, request: ClaimRequest, locale: Locale): Promise<void> {
  const { stores } = context;
  await stores.transaction(async (tx) => {
    shareFormCache(tx, stores);
    const formId = await ensureClaimsForm(context, tx, appId, user);
    const { records } = await readClaimRecords(context, tx, appId, request.period, request.metric);
    const mine = records.find((record) => record.data[claimField.person] === user.id) ?? null;
    const status = mine?.data[claimField.status];
    if (status === 'approved' || status === 'confirmed') throw claimDecided();
    const note = request.note?.trim() ?? '';
    await writeClaimRecord(
      context,
      tx,
      user,
      formId,
      mine,
      {
        [claimField.period]: request.period,
        [claimField.metric]: request.metric,
        [claimField.person]: user.id,
        [claimField.department]: user.departmentId,
        [claimField.proposed]: request.proposed,
        [claimField.note]: note === '' ? null : note,
        [claimField.status]: 'proposed',
        [claimField.approved]: null,
        [claimField.decisionNote]: null,
        [claimField.decidedBy]: null,
        [claimField.decidedAt]: null,
      },
      locale,
      note === '' ? null : note,
    );
  });
}
