import { HttpError } from '../http/HttpError.js';

/** 409 `claim_decided`: an approved or confirmed claim is not claimed again; the target changes by decomposition or adjustment, with a reason. */
export function claimDecided(): HttpError {
  return new HttpError(409, 'claim_decided', {
    'zh-CN': '该认领已批准或已确认，不能再次认领；如需调整目标，请由主管调整并写明原因',
    en: 'This claim has already been approved or confirmed and cannot be claimed again; to change the target, a manager adjusts it with a reason',
  });
}

/** 409 `claim_not_pending`: only a claim waiting for the manager is approved or returned. */
export function claimNotPending(): HttpError {
  return new HttpError(409, 'claim_not_pending', { 'zh-CN': '该认领不在待审批状态', en: 'This claim is not waiting for approval' });
}

/** 409 `claim_pending`: a rep whose own claim waits for the manager confirms nothing yet. */
export function claimPending(): HttpError {
  return new HttpError(409, 'claim_pending', { 'zh-CN': '您的认领正在等待主管审批，审批后再确认目标', en: 'Your claim is waiting for your manager; confirm your target once it is decided' });
}

/** 409 `no_target`: nothing to confirm — no target of the period and metric was given to the person. */
export function noTargetToConfirm(): HttpError {
  return new HttpError(409, 'no_target', { 'zh-CN': '本周期该指标还没有下达给您的目标', en: 'No target of this period and metric has been given to you yet' });
}
