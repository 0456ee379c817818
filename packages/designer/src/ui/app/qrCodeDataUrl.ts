import QRCode from 'qrcode';

/**
 * A QR code of `text` as an SVG data URL, for an `<img>`: the SVG is never put into the page as
 * markup, so whatever the text holds cannot become HTML. Error correction M (15 %) survives a
 * phone photo of a screen or a creased print.
 */
export async function qrCodeDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
