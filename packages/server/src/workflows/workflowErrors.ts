import type { WorkflowError } from '@formwork/runtime';
import { HttpError } from '../http/HttpError.js';

/**
 * The engine's refusal as an API error: its status (403, 404, 409, 422), its code in the API's
 * snake_case (`notYourTask` → `not_your_task`), its message in both languages and what it is about.
 */
export function workflowRefused(error: WorkflowError): HttpError {
  const code = error.code.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
  return new HttpError(error.status, code, error.message, error.details ?? undefined);
}

/**
 * 409 `flow_changed`: someone else's transition of this flow kept winning while this one was
 * retried (the engine refuses an action on a task that closed meanwhile with its own 409).
 */
export function flowChanged(): HttpError {
  return new HttpError(409, 'flow_changed', { 'zh-CN': '流程已被他人处理，请刷新后再试', en: 'Someone else moved this flow on; reload and try again' });
}

/** 404 `no_flow`: the record runs through no workflow. */
export function noFlow(): HttpError {
  return new HttpError(404, 'no_flow', { 'zh-CN': '该记录没有审批流程', en: 'This record has no approval flow' });
}

/** 403 `field_not_editable`: an edit at a node of a field the node does not let its assignee edit, named by its label. */
export function fieldNotEditableAtNode(fieldId: string, label: string): HttpError {
  return new HttpError(
    403,
    'field_not_editable',
    { 'zh-CN': `此节点不能修改字段“${label}”`, en: `The field "${label}" may not be edited at this step` },
    [{ pointer: `/data/${fieldId}`, code: 'not_editable', message: { 'zh-CN': `“${label}”在此节点不可编辑`, en: `"${label}" is not editable here` }, params: { fieldId } }],
  );
}

/** 422 `required_field`: a field this node requires is empty, named by its label. */
export function fieldRequiredAtNode(fieldId: string, label: string): HttpError {
  return new HttpError(
    422,
    'required_field',
    { 'zh-CN': `此节点要求填写“${label}”`, en: `"${label}" is required at this step` },
    [{ pointer: `/data/${fieldId}`, code: 'required', message: { 'zh-CN': `请填写“${label}”`, en: `Fill in "${label}"` }, params: { fieldId } }],
  );
}

/** 409 `change_pending`: the record has a proposed change waiting for approval, named by its proposer; no other edit until it is decided. */
export function changePending(instanceId: string, proposerName: string): HttpError {
  return new HttpError(
    409,
    'change_pending',
    { 'zh-CN': `${proposerName}提交的修改正在审批中，审批结束前不能再修改此记录`, en: `A change proposed by ${proposerName} is waiting for approval; the record cannot be edited until it is decided` },
    [{ pointer: '/data', code: 'change_pending', message: { 'zh-CN': '修改审批中', en: 'A change is waiting for approval' }, params: { instanceId, proposedBy: proposerName } }],
  );
}
