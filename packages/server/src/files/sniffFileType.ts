/** The image types Formwork shows inline: raster formats browsers render without running code. */
export type RasterImageType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp';

/** How many leading bytes `sniffFileType` needs. */
export const sniffLength = 16;

/**
 * The raster image type of a file from its first bytes (its magic number), or undefined when it
 * is none of PNG, JPEG, GIF or WebP. The name and the type the browser declared are never
 * trusted for this: an `.png` that is really HTML is not an image. (SVG is deliberately not an
 * image here: it can carry scripts.)
 *
 * @example
 * sniffFileType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) // 'image/png'
 */
export function sniffFileType(head: Uint8Array): RasterImageType | undefined {
  const starts = (...bytes: number[]): boolean => bytes.every((byte, index) => head[index] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38) && (head[4] === 0x37 || head[4] === 0x39) && head[5] === 0x61) return 'image/gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && head[8] === 0x57 && head[9] === 0x45 && head[10] === 0x42 && head[11] === 0x50) return 'image/webp';
  return undefined;
}
