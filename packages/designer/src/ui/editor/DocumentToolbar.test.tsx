import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LocaleContext, localeTools } from '../../i18n/LocaleContext.js';
import { workflowMessages } from '../../i18n/workflowMessages.js';
import { DocumentToolbar, type DocumentToolbarProps } from './DocumentToolbar.js';

afterEach(() => cleanup());

function renderToolbar(props: Partial<DocumentToolbarProps>, locale: 'zh-CN' | 'en' = 'en') {
  const handlers = { onUndo: vi.fn(), onRedo: vi.fn(), onSave: vi.fn(), onPublish: vi.fn() };
  render(
    <LocaleContext.Provider value={localeTools(locale)}>
      <DocumentToolbar messages={workflowMessages} canUndo canRedo busy={false} dirty={false} notice={null} {...handlers} {...props} />
    </LocaleContext.Provider>,
  );
  return handlers;
}

describe('DocumentToolbar', () => {
  it('is a named toolbar whose buttons call their commands', async () => {
    const user = userEvent.setup();
    const handlers = renderToolbar({});
    expect(screen.getByRole('toolbar', { name: 'Workflow toolbar' })).toBeTruthy();
    for (const [name, handler] of [['Undo', handlers.onUndo], ['Redo', handlers.onRedo], ['Save workflow draft', handlers.onSave], ['Publish workflow', handlers.onPublish]] as const) {
      await user.click(screen.getByRole('button', { name }));
      expect(handler).toHaveBeenCalledTimes(1);
    }
  });

  it('waits while busy, cannot undo or redo past the ends, and says "unsaved" before any notice', () => {
    renderToolbar({ busy: true, canUndo: false, canRedo: false, dirty: true, notice: workflowMessages.saved }, 'zh-CN');
    for (const name of ['撤销', '重做', '保存流程草稿', '发布流程']) expect((screen.getByRole('button', { name }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('流程有未保存的更改');
    expect(screen.getByRole('button', { name: '撤销' }).getAttribute('aria-keyshortcuts')).toBeNull();
  });

  it('names the keys that undo and redo when the designer has them', () => {
    renderToolbar({ shortcuts: true });
    expect(screen.getByRole('button', { name: 'Undo' }).getAttribute('aria-keyshortcuts')).toBe('Control+Z Meta+Z');
    expect(screen.getByRole('button', { name: 'Redo' }).getAttribute('aria-keyshortcuts')).toBe('Control+Shift+Z Meta+Shift+Z');
  });

  it('shows the last notice once saved, and nothing before', () => {
    renderToolbar({ notice: workflowMessages.saved });
    expect(screen.getByRole('status').textContent).toBe('Workflow draft saved');
    cleanup();
    renderToolbar({});
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
