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
    expect(screen.getByRole('button', { name: 'Use this signature' })).toHaveProperty('disabled', true);
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
});
