import { describe, expect, it } from 'vitest';
import type { WorkbenchView } from '../api/WorkbenchViews.js';
import { WorkbenchController } from './WorkbenchController.js';

const view = (today: string): WorkbenchView => ({ today, tasks: { todo: 0, next: [] }, apps: [], recent: [] });

describe('WorkbenchController', () => {
  it('loads the workbench, telling its subscribers each step', async () => {
    const controller = new WorkbenchController({ workbench: () => Promise.resolve(view('2026-11-20')) });
    const seen: string[] = [];
    controller.subscribe(() => seen.push(controller.state.status));
    expect(controller.state.status).toBe('loading');
    await controller.load();
    expect(seen).toEqual(['loading', 'ready']);
    expect(controller.state).toEqual({ status: 'ready', workbench: view('2026-11-20') });
  });

  it('keeps a failure to retry, and a retry that succeeds replaces it', async () => {
    let fail = true;
    const controller = new WorkbenchController({ workbench: () => (fail ? Promise.reject(new Error('down')) : Promise.resolve(view('2026-11-21'))) });
    await controller.load();
    expect(controller.state).toMatchObject({ status: 'error', error: new Error('down') });
    fail = false;
    await controller.load();
    expect(controller.state).toMatchObject({ status: 'ready', workbench: { today: '2026-11-21' } });
  });

  it('keeps only the latest load: an older answer arriving last is dropped', async () => {
    const answers: ((value: WorkbenchView) => void)[] = [];
    const controller = new WorkbenchController({ workbench: () => new Promise<WorkbenchView>((resolve) => answers.push(resolve)) });
    const first = controller.load();
    const second = controller.load();
    answers[1]?.(view('new'));
    await second;
    answers[0]?.(view('old'));
    await first;
    expect(controller.state).toMatchObject({ status: 'ready', workbench: { today: 'new' } });
  });
});
