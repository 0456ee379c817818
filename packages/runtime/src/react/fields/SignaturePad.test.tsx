import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FileRef } from '../../engine/index.js';
import { renderFields } from '../testing/renderFields.js';

afterEach(() => vi.restoreAllMocks());

describe('SignaturePad', () => {
  it('saves what was drawn as a PNG through uploadFile', async () => {
    // jsdom has no canvas: stand in for the drawing context and the PNG encoder.
    const context = { beginPath: vi.fn(), moveTo: vi.fn(), lineTo: vi.fn(), stroke: vi.fn(), clearRect: vi.fn() };
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as unknown as CanvasRenderingContext2D);
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((callback) => callback(new Blob(['png'], { type: 'image/png' })));
    const ref: FileRef = { fileId: 'sig1', name: 'sign-signature.png', size: 3, mimeType: 'image/png' };
    const uploadFile = vi.fn(async () => ref);
    const { session, user } = renderFields([{ id: 'sign', type: 'signature', label: 'Customer signature' }], { services: { uploadFile } });

    const pad = screen.getByRole('img', { name: 'Customer signature' });
    // Not yet usable, yet still reachable with Tab.
    expect(screen.getByRole('button', { name: 'Use this signature' }).getAttribute('aria-disabled')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Use this signature' }));
    expect(uploadFile).not.toHaveBeenCalled();
    fireEvent.pointerDown(pad, { clientX: 10, clientY: 10, pointerId: 1 });
    fireEvent.pointerMove(pad, { clientX: 40, clientY: 20, pointerId: 1 });
    fireEvent.pointerUp(pad, { pointerId: 1 });
    expect(context.stroke).toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Use this signature' }));
    await act(async () => undefined);
    expect(uploadFile).toHaveBeenCalledWith(expect.any(Blob), 'sign-signature.png', { fieldId: 'sign' });
    expect(session.getValue('/sign')).toEqual([ref]);
    await user.click(screen.getByRole('button', { name: 'Clear signature' }));
    expect(session.getValue('/sign')).toBeUndefined();
  });

  it('saves a typed name, written onto the canvas, through the same upload', async () => {
    // jsdom has no canvas: a stand-in context records what was written, and the encoder returns a PNG.
    const context = { clearRect: vi.fn(), fillText: vi.fn(), measureText: vi.fn(() => ({ width: 100 })), font: '', fillStyle: '', textAlign: '', textBaseline: '' };
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as unknown as CanvasRenderingContext2D);
    const png = new Blob(['png'], { type: 'image/png' });
    const toBlob = vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((callback) => callback(png));
    const ref: FileRef = { fileId: 'sig2', name: 'sign-signature.png', size: 3, mimeType: 'image/png' };
    const uploadFile = vi.fn(async () => ref);
    const { session, user } = renderFields([{ id: 'sign', type: 'signature', label: 'Customer signature' }], { services: { uploadFile } });

    await user.click(screen.getByRole('button', { name: 'Type your name instead' }));
    const name = screen.getByRole('textbox', { name: 'Your name' });
    expect(document.activeElement).toBe(name);
    await user.type(name, 'Ada Lovelace{Enter}');
    await act(async () => undefined);
    expect(context.fillText).toHaveBeenLastCalledWith('Ada Lovelace', 300, 100, expect.any(Number));
    expect(toBlob).toHaveBeenCalledWith(expect.any(Function), 'image/png');
    expect(uploadFile).toHaveBeenCalledWith(png, 'sign-signature.png', { fieldId: 'sign' });
    expect(session.getValue('/sign')).toEqual([ref]);
    // The Save button is gone with the pad: focus is on what replaced it, not on <body>.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Clear signature' }));
  });

  it('names the pad and explains both ways to sign', () => {
    renderFields([{ id: 'sign', type: 'signature', label: '客户签名' }], { locale: 'zh-CN', services: { uploadFile: vi.fn() } });
    const pad = screen.getByRole('img', { name: '客户签名' });
    const instructions = document.getElementById(pad.getAttribute('aria-describedby')?.split(' ')[0] ?? '');
    expect(instructions?.textContent).toContain('输入姓名代替手写');
    expect(screen.getByRole('button', { name: '输入姓名代替手写' })).toBeTruthy();
  });

  it('keeps every control in the tab order before anything is drawn', async () => {
    const { user } = renderFields([{ id: 'sign', type: 'signature', label: 'Signature' }], { services: { uploadFile: vi.fn() } });
    const reached: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      await user.tab();
      reached.push(document.activeElement?.getAttribute('role') ?? document.activeElement?.textContent ?? '');
    }
    expect(reached).toEqual(['img', 'Type your name instead', 'Clear', 'Use this signature']);
  });
});
