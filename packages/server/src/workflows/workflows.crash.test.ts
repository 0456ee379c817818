import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishNewForm } from '../records/testing/publishForm.js';
import { openProcessStorage, type ProcessStorage } from '../testing/processStorage.js';
import { runWriteBurst } from '../testing/runWriteBurst.js';
import { sampleFormSchema } from '../testing/sampleFormSchema.js';
import { spawnServerProcess, type ServerProcess } from '../testing/spawnServerProcess.js';
import { TestClient } from '../testing/TestClient.js';

let dataDir: string;
let storage: ProcessStorage;
let running: ServerProcess | undefined;
beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'formwork-flow-crash-'));
  storage = await openProcessStorage(dataDir);
});
afterEach(async () => {
  await running?.kill('SIGKILL');
  running = undefined;
  await storage.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

const admin = { username: 'admin', password: 'crash-test-password' };

async function start(): Promise<{ server: ServerProcess; client: TestClient }> {
  const server = await spawnServerProcess({ FORMWORK_DATA_DIR: dataDir, FORMWORK_ADMIN_USER: admin.username, FORMWORK_ADMIN_PASSWORD: admin.password, ...storage.env });
  running = server;
  const client = new TestClient(server.url);
  expect((await client.post('/api/auth/login', admin)).status).toBe(200);
  return { server, client };
}

interface TaskAnswer {
  task: { id: string; state: string; outcome: string | null };
  flow: { state: string };
}

describe('kill -9 during a burst of approvals', () => {
  it('keeps every acknowledged transition, leaves no instance stuck, and integrity_check passes', async () => {
    const first = await start();
    const formId = await publishNewForm(first.client, sampleFormSchema({ title: 'Flow crash test' }));
    const workflow = {
      kind: 'workflow',
      schemaVersion: 2,
      title: '自审',
      formId,
      nodes: [
        { id: 'n_start', type: 'start', name: '发起' },
        { id: 'n_self', type: 'approval', name: '自审', mode: 'any', assignees: [{ kind: 'initiator' }] },
        { id: 'n_end', type: 'end', name: '结束' },
      ],
      edges: [
        { id: 'e1', from: 'n_start', to: 'n_self' },
        { id: 'e2', from: 'n_self', to: 'n_end' },
      ],
    };
    expect((await first.client.put(`/api/forms/${formId}/workflow`, { schema: workflow })).status).toBe(200);
    expect((await first.client.post(`/api/forms/${formId}/workflow/publish`, {})).status).toBe(200);
    const taskIds: string[] = [];
    await runWriteBurst({
      concurrency: 8,
      maxWrites: 240,
      crashAfter: Number.POSITIVE_INFINITY,
      crash: () => undefined,
      write: async (index) => {
        const response = await first.client.post<{ id: string }>(`/api/forms/${formId}/records`, { data: { f_name: `flow ${index}` } });
        return response.status === 201 ? response.body.id : undefined;
      },
    });
    for (let cursor: string | null = ''; cursor !== null; ) {
      const page: { body: { items: { task: { id: string } }[]; nextCursor: string | null } } = await first.client.get(`/api/tasks?box=todo&limit=200${cursor === '' ? '' : `&cursor=${cursor}`}`);
      taskIds.push(...page.body.items.map((item) => item.task.id));
      cursor = page.body.nextCursor;
    }
    expect(taskIds).toHaveLength(240);

    let killed: Promise<void> | undefined;
    const result = await runWriteBurst({
      concurrency: 8,
      maxWrites: taskIds.length,
      crashAfter: 80,
      crash: () => {
        killed = first.server.kill('SIGKILL');
      },
      write: async (index) => {
        const taskId = taskIds[index] ?? '';
        const response = await first.client.post(`/api/tasks/${taskId}/approve`, { comment: `ok ${index}` });
        return response.status === 200 ? taskId : undefined;
      },
    });
    await killed;
    expect(first.server.child.signalCode).toBe('SIGKILL');
    expect(result.acknowledged.length).toBeGreaterThanOrEqual(80);

    const second = await start();
    for (const taskId of result.acknowledged) {
      const task = await second.client.get<TaskAnswer>(`/api/tasks/${taskId}`);
      expect([task.body.task.outcome, task.body.flow.state]).toEqual(['approved', 'completed']);
    }
    // Every flow is either finished or waiting on an open task: none is stuck.
    const counts = await second.client.get<{ todo: number; initiated: number }>(`/api/tasks/counts?formId=${formId}`);
    const completed = Number(await storage.sqlValue("SELECT count(*) FROM flow_instances WHERE status = 'completed'"));
    expect(counts.body.initiated).toBe(240);
    expect(completed + counts.body.todo).toBe(240);
    expect(completed).toBeGreaterThanOrEqual(result.acknowledged.length);
    await second.server.kill('SIGTERM');

    if (storage.kind === 'sqlite') {
      expect(await storage.sqlValue('PRAGMA integrity_check')).toBe('ok');
      expect(await storage.sql('PRAGMA foreign_key_check')).toEqual([]);
    }
    // Each completed flow logged its completion; no open task (copies aside) belongs to a finished flow.
    expect(Number(await storage.sqlValue("SELECT count(*) FROM flow_log WHERE action = 'completed'"))).toBe(completed);
    expect(Number(await storage.sqlValue("SELECT count(*) FROM flow_tasks t JOIN flow_instances i ON i.id = t.instance_id WHERE t.state = 'open' AND t.kind <> 'cc' AND i.status <> 'in_progress'"))).toBe(0);
  });
});
