import type { Locale } from '@formwork/runtime';
import { shareFormCache } from '../records/loadRecordForm.js';
import type { ServerContext } from '../ServerContext.js';
import type { User } from '../storage/UserStore.js';
import { claimPending, noTargetToConfirm } from './ClaimErrors.js';
import { claimField, ensureClaimsForm } from './claimsForm.js';
import { readClaimRecords, readStoredTargets } from './readClaimRecords.js';
import { writeClaimRecord } from './writeClaimRecord.js';

/**
 * A rep confirms the target given to them for a period and metric — the person-level target of
 * the targets form as it is now (from an approved claim or a decomposition) — stamped with who,
 * when and the amount confirmed, on their claim record (made if they never claimed). A target
 * changed afterwards shows as no longer confirmed until they confirm again. 409 `no_target`
 * without a target; 409 `claim_pending` while their own claim waits for the manager.
 */
export async function confirmTargetClaim(context: ServerContext, user: User, appId: string, period: string, metric: string, locale: Locale): Promise<void> {
  const { stores } = context;
  await stores.transaction(async (tx) => {
    shareFormCache(tx, stores);
    const target = (await readStoredTargets(context, tx, appId, period, metric)).find((each) => each.level === 'person' && each.person === user.id && each.dimension === null);
    if (!target) throw noTargetToConfirm();
    const formId = await ensureClaimsForm(context, tx, appId, user);
    const { records } = await readClaimRecords(context, tx, appId, period, metric);
    const mine = records.find((record) => record.data[claimField.person] === user.id) ?? null;
    if (mine?.data[claimField.status] === 'proposed') throw claimPending();
    // Confirmed already, and the target is the same: the first stamp stands.
    if (mine?.data[claimField.status] === 'confirmed' && mine.data[claimField.confirmedAmount] === target.amount) return;
    const base = mine === null ? { [claimField.period]: period, [claimField.metric]: metric, [claimField.person]: user.id, [claimField.department]: user.departmentId } : {};
    await writeClaimRecord(
      context,
      tx,
      user,
      formId,
      mine,
      {
        ...base,
        [claimField.status]: 'confirmed',
        [claimField.confirmedAmount]: target.amount,
        [claimField.confirmedBy]: user.id,
        [claimField.confirmedAt]: new Date(context.now()).toISOString(),
      },
      locale,
      null,
    );
  });
}
