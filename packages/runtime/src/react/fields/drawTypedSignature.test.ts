import { describe, expect, it, vi } from 'vitest';
import { drawTypedSignature, signatureFontStack, type SignatureContext } from './drawTypedSignature.js';

/** A context whose text is `perChar` pixels a character at the 90 px start size, scaling with the font. */
function fakeContext(perChar: number) {
  const context = {
    font: '',
    fillStyle: '',
    textAlign: 'start',
    textBaseline: 'alphabetic',
    clearRect: vi.fn(),
    fillText: vi.fn(),
    measureText: vi.fn((text: string) => ({ width: (text.length * perChar * Number(/(\d+)px/.exec(context.font)?.[1] ?? 0)) / 90 })),
  };
  return context;
}

describe('drawTypedSignature', () => {
  it('writes the trimmed name centred, in the handwriting font stack', () => {
    const context = fakeContext(40);
    drawTypedSignature(context as unknown as SignatureContext, 600, 200, '  张三 ');
    expect(context.clearRect).toHaveBeenCalledWith(0, 0, 600, 200);
    expect(context.fillText).toHaveBeenCalledWith('张三', 300, 100, 540);
    expect(context.font).toBe(`italic 90px ${signatureFontStack}`);
    expect(context.textAlign).toBe('center');
  });

  it('shrinks the font until a long name fits the width', () => {
    const context = fakeContext(40);
    const name = 'Maximilian Alexander von Hohenzollern';
    drawTypedSignature(context as unknown as SignatureContext, 600, 200, name);
    const size = Number(/(\d+)px/.exec(context.font)?.[1]);
    expect(size).toBeLessThan(90);
    expect((name.length * 40 * size) / 90).toBeLessThanOrEqual(540);
  });

  it('leaves the canvas blank for a blank name', () => {
    const context = fakeContext(40);
    drawTypedSignature(context as unknown as SignatureContext, 600, 200, '   ');
    expect(context.clearRect).toHaveBeenCalled();
    expect(context.fillText).not.toHaveBeenCalled();
  });
});
