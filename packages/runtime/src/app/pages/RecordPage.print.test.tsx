import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../testing/renderApp.js';
import { signedInServer, visitRecord } from '../testing/sampleData.js';

const recordServer = () =>
  signedInServer()
    .on('GET', /^\/api\/records\/r1$/, () => ({ body: visitRecord('r1', { customer: 'ACME', amount: 10 }) }))
    .on('GET', /^\/api\/records\/r1\/history$/, () => ({ body: { items: [] } }));

afterEach(() => vi.restoreAllMocks());

describe('printing a record', () => {
  it('prints the page from a Print button', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderApp(recordServer(), '/records/r1');
    await user.click(await screen.findByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('says Print in Chinese', async () => {
    renderApp(recordServer(), '/records/r1', { locale: 'zh-CN' });
    expect(await screen.findByRole('button', { name: '打印' })).toBeTruthy();
  });

  it('has a print stylesheet that keeps the form as filled, images and signatures included, and drops the app around it', () => {
    const css = readFileSync(join(process.cwd(), 'packages/runtime/src/app/styles/app.css'), 'utf8');
    const at = css.indexOf('@media print');
    expect(at).toBeGreaterThan(-1);
    const print = css.slice(at);
    expect(print).toMatch(/\.app-header,[\s\S]*\.app-actions,[\s\S]*\.app-history[\s\S]*display: none/);
    expect(print).toMatch(/\.fw-signature__image[\s\S]*max-width: 100%/);
    expect(print).toMatch(/\.fw-file__thumb/);
    expect(print).not.toMatch(/\.fw-signature[^_]|\.fw-file[^_]|img\s*\{[^}]*display: none/);
  });
});
