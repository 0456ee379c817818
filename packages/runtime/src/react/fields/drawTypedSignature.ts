/**
 * Handwriting-like fonts that ship with common systems (nothing is downloaded): script faces for
 * Latin names, 楷体 (Kaiti) for Chinese ones, then the platform's `cursive`.
 */
export const signatureFontStack = '"Segoe Script", "Bradley Hand", "Snell Roundhand", "Brush Script MT", "STKaiti", "KaiTi", "Kaiti SC", "AR PL UKai CN", cursive';

/** What {@link drawTypedSignature} needs of a canvas 2D context. */
export type SignatureContext = Pick<CanvasRenderingContext2D, 'clearRect' | 'fillText' | 'measureText' | 'font' | 'fillStyle' | 'textAlign' | 'textBaseline'>;

/**
 * Writes a typed name across a signature canvas, centred, in a handwriting-like font, shrinking
 * the font until the name fits the width (long names stay whole instead of being cut off).
 *
 * @example
 * drawTypedSignature(canvas.getContext('2d')!, canvas.width, canvas.height, '张三');
 */
export function drawTypedSignature(context: SignatureContext, width: number, height: number, name: string): void {
  context.clearRect(0, 0, width, height);
  const text = name.trim();
  if (text === '') return;
  const maxWidth = width * 0.9;
  let size = Math.round(height * 0.45);
  context.font = fontOf(size);
  const measured = context.measureText(text).width;
  if (measured > maxWidth) {
    size = Math.max(12, Math.floor((size * maxWidth) / measured));
    context.font = fontOf(size);
  }
  context.fillStyle = '#1f2329';
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillText(text, width / 2, height / 2, maxWidth);
}

function fontOf(size: number): string {
  return `italic ${size}px ${signatureFontStack}`;
}
