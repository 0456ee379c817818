import type { WorkbenchView } from '../api/WorkbenchViews.js';
import type { FormSchema } from '../../engine/index.js';
import type { MeView, RecordView } from '../api/ApiViews.js';
import { createFakeServer, type FakeServer } from './fakeServer.js';

export const member: MeView = {
  user: { id: 'u1', username: 'li', name: 'Li Lei', role: 'member', departmentId: 'd1', locale: null },
  department: { id: 'd1', name: 'East' },
  managedDepartmentIds: [],
  locale: 'en',
};

export const visitSchema: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: 'Customer visit',
  fields: [
    { id: 'customer', type: 'text', label: 'Customer', required: true },
    { id: 'amount', type: 'money', label: 'Amount', precision: 2 },
    { id: 'stage', type: 'select', label: 'Stage', options: [{ value: 'lead', label: 'Lead' }, { value: 'won', label: 'Won' }] },
  ],
};

export function visitRecord(id: string, data: Record<string, unknown>, version = 1): RecordView {
  return { id, formId: 'frm1', version, data, createdAt: '2024-05-06T08:00:00Z' };
}

/** `visitRecord` as the server answers it to someone who may change it (`canEdit`). */
export function editableRecord(id: string, data: Record<string, unknown>, version = 1): RecordView {
  return { ...visitRecord(id, data, version), canEdit: true };
}

/** A fake server with a signed-in member, one app and one published form. */
export function signedInServer(): FakeServer {
  return createFakeServer()
    .on('GET', /^\/api\/me$/, () => ({ body: member }))
    .on('GET', /^\/api\/apps$/, () => ({ body: { items: [{ id: 'app1', name: 'Sales', description: '', icon: null }] } }))
    .on('GET', /^\/api\/apps\/app1\/forms$/, () => ({ body: { items: [{ id: 'frm1', appId: 'app1', title: 'Customer visit', publishedVersion: 3 }] } }))
    .on('GET', /^\/api\/forms\/frm1$/, () => ({ body: { id: 'frm1', appId: 'app1', title: 'Customer visit', published: { version: 3, schema: visitSchema } } }))
    .on('GET', /^\/api\/users$/, () => ({ body: { items: [] } }))
    .on('GET', /^\/api\/departments$/, () => ({ body: { items: [] } }))
    .on('GET', /^\/api\/workbench$/, () => ({ body: sampleWorkbench }));
}

/** The home page's answer for the member above: Sales with Customer visit, nothing to do, no scheme. */
export const sampleWorkbench: WorkbenchView = {
  today: '2024-05-06',
  tasks: { todo: 0, next: [] },
  apps: [{ id: 'app1', name: 'Sales', description: '', icon: null, color: null, forms: [{ id: 'frm1', title: 'Customer visit', canSubmit: true, mine: 0 }], quickForms: [], dashboards: [], performance: null }],
  recent: [],
};

export const admin: MeView = { ...member, user: { ...member.user, id: 'u0', username: 'admin', name: 'Admin', role: 'admin' } };

/** The server as an admin sees it once the customer-visit form (frm1) is archived. */
export function archivedFormServer(): FakeServer {
  return signedInServer()
    .on('GET', /^\/api\/me$/, () => ({ body: admin }))
    .on('GET', /^\/api\/apps\/app1\/forms$/, () => ({
      body: { items: [{ id: 'frm1', appId: 'app1', title: 'Customer visit', publishedVersion: 3, archivedAt: '2024-05-07T08:00:00.000Z' }] },
    }))
    .on('GET', /^\/api\/forms\/frm1$/, () => ({
      body: { id: 'frm1', appId: 'app1', title: 'Customer visit', published: { version: 3, schema: visitSchema }, archivedAt: '2024-05-07T08:00:00.000Z', archivedBy: 'u0' },
    }));
}
