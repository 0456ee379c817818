import { FORM_SCHEMA_VERSION } from '@formwork/runtime';
import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../api/testing/createFakeApi.js';
import { createWorkflowSession } from './createWorkflowSession.js';
import { createWorkflowStore } from './createWorkflowStore.js';
import { starterWorkflow } from './starterWorkflow.js';

async function setUp(options: { publishForm?: boolean } = {}) {
  const fake = createFakeApi();
  const { id } = await fake.api.createForm('app_1', { kind: 'form', schemaVersion: FORM_SCHEMA_VERSION, title: 'Deals', fields: [{ id: 'f_amount', type: 'number', label: 'Amount' }] });
  if (options.publishForm !== false) await fake.api.publish(id);
  let next = 0;
  const store = createWorkflowStore({ createId: (prefix) => `${prefix}_${++next}`, locale: 'en', initial: starterWorkflow(id, '', 'en') });
  const session = createWorkflowSession({ api: fake.api, formId: id, formTitle: () => 'Deals', locale: () => 'zh-CN', store });
  return { fake, id, store, session };
}

const readyState = (session: ReturnType<typeof createWorkflowSession>) => {
  const state = session.state.getState();
  if (state.phase !== 'ready') throw new Error(`not ready: ${state.phase}`);
  return state;
};

describe('the workflow session', () => {
  it('starts a form without a workflow from the starter, named in the language, and creates it on the first save', async () => {
    const { fake, id, store, session } = await setUp();
    await session.load();
    expect(readyState(session).revision).toBeNull();
    expect(store.getState().workflow.title).toBe('Deals审批流程');
    expect(store.getState().workflow.nodes.map((node) => node.name)).toEqual(['发起人', '审批人', '结束']);
    expect(await session.save()).toBe(true);
    expect(fake.calls.filter((call) => call.method === 'saveWorkflow').map((call) => call.args[2])).toEqual([null]);
    expect(readyState(session).revision).toBe(1);
    expect(store.getState().savedWorkflow).toBe(store.getState().workflow);
    store.getState().updateNode('n_approval', { mode: 'all' });
    await session.save();
    expect(fake.calls.filter((call) => call.method === 'saveWorkflow').map((call) => call.args[2])).toEqual([null, 1]);
    expect(fake.workflows.get(id)?.draftRevision).toBe(2);
  });

  it('says so when someone else saved in between, keeping the edits', async () => {
    const { fake, id, store, session } = await setUp();
    await session.load();
    await session.save();
    await fake.api.saveWorkflow(id, store.getState().workflow, 1);
    store.getState().updateNode('n_approval', { name: 'Director' });
    expect(await session.save()).toBe(false);
    expect(readyState(session).notice).toEqual({ kind: 'error', text: { 'zh-CN': '别人已保存了这个流程，请刷新页面后再改', en: 'Someone else saved this workflow: reload the page before changing it' } });
    expect(store.getState().workflow.nodes[1]?.name).toBe('Director');
  });

  it('saves unsaved edits before publishing, and keeps the faults of a refused publish', async () => {
    const { fake, id, store, session } = await setUp();
    await session.load();
    store.getState().updateNode('n_approval', { people: [{ kind: 'memberField', fieldId: 'f_owner' }] });
    await session.publish();
    expect(fake.workflows.get(id)?.versions).toEqual([]);
    const state = readyState(session);
    expect(state.faults).toEqual([{ pointer: '/nodes/1/assignees/0/fieldId', code: 'unknownField', message: 'Node "审批人" refers to "f_owner", which is not a field of the form' }]);
    expect(state.notice?.kind).toBe('error');
    store.getState().updateNode('n_approval', { people: [{ kind: 'initiator' }] });
    await session.publish();
    expect(readyState(session).faults).toEqual([]);
    expect(readyState(session).versions.map((version) => version.version)).toEqual([1]);
    expect(readyState(session).notice?.text.en).toBe('Workflow version 1 published');
  });

  it('asks for the form to be published first', async () => {
    const { session } = await setUp({ publishForm: false });
    await session.load();
    await session.publish();
    expect(readyState(session).notice).toEqual({ kind: 'error', text: { 'zh-CN': '请先发布表单，再发布流程', en: 'Publish the form before its workflow' } });
  });

  it('refuses to open a stored draft it cannot read, naming where', async () => {
    const { fake, id, session } = await setUp();
    fake.workflows.set(id, { draft: { kind: 'workflow' } as never, draftRevision: 3, versions: [] });
    await session.load();
    const state = session.state.getState();
    expect(state.phase).toBe('failed');
    expect(state.phase === 'failed' ? state.reason['zh-CN'] : '').toMatch(/^服务器上的流程草稿无法读取：\//);
  });
});
