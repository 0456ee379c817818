/**
 * Saves `href` (a data or blob URL) as `fileName` through a temporary link: the one way to name
 * a download that works in every browser the app supports.
 */
export function downloadFile(fileName: string, href: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/** `text` as a download: a blob URL released once the click has started the save. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  downloadFile(fileName, url);
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name from a widget title: characters Windows refuses replaced, never empty. */
export function fileNameFor(title: string, extension: string): string {
  const base =
    [...title]
      .map((char) => (char.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(char) ? '_' : char))
      .join('')
      .trim() || 'widget';
  return `${base}.${extension}`;
}
