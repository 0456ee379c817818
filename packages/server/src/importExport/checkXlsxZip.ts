import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { xlsxTooLarge } from './importErrors.js';

/** The bounds an XLSX file (a ZIP) must keep before a workbook reader may see it. */
export interface XlsxZipLimits {
  readonly maxEntries: number;
  /** Of all entries together, declared and as inflated. */
  readonly maxUnpackedBytes: number;
  /** Unpacked size over compressed size, of each entry from `ratioFloorBytes` on. */
  readonly maxCompressionRatio: number;
}

/**
 * Entries smaller than this are not held to the ratio: a few repetitive kilobytes (styles, a
 * short sheet of equal rows) may compress very well and cost nothing to read.
 */
const ratioFloorBytes = 1024 * 1024;

/**
 * Refuses (413 `xlsx_too_large`, naming the bound) an XLSX whose ZIP could make reading it cost
 * more than the import may: too many entries (read from the end record, before any entry), too
 * many unpacked bytes or too high a compression ratio as the central directory declares them
 * (before anything is inflated), and then — since declared sizes can lie — every entry is
 * inflated and thrown away, yauzl stopping an entry the moment it gives more bytes than it
 * declared (`validateEntrySizes`). What passes is safe to hand to exceljs, which inflates it
 * again, whole, in memory. Any other fault of the ZIP is thrown as yauzl reports it (the caller
 * calls the file unreadable).
 *
 * Runs in the import's worker thread; the inflating streams in 16 KiB pieces and keeps none.
 *
 * @example
 * await checkXlsxZip(bytes, { maxEntries: 1000, maxUnpackedBytes: 64 << 20, maxCompressionRatio: 200 });
 */
export async function checkXlsxZip(bytes: Buffer, limits: XlsxZipLimits): Promise<void> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
  try {
    if (zip.entryCount > limits.maxEntries) throw xlsxTooLarge('entries', limits.maxEntries);
    const entries: Entry[] = [];
    let declared = 0;
    for await (const entry of zip.eachEntry()) {
      // The ratio first: it names the entry, and a bomb is a bomb whatever else the file holds.
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize >= ratioFloorBytes && ratio > limits.maxCompressionRatio) {
        throw xlsxTooLarge('compressionRatio', limits.maxCompressionRatio, entry.fileName);
      }
      declared += entry.uncompressedSize;
      if (declared > limits.maxUnpackedBytes) throw xlsxTooLarge('unpackedBytes', limits.maxUnpackedBytes);
      entries.push(entry);
    }
    let inflated = 0;
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      inflated += await inflatedSize(zip, entry, limits.maxUnpackedBytes - inflated, limits.maxUnpackedBytes);
    }
  } finally {
    zip.close();
  }
}

/**
 * Inflates one entry into nothing and returns its size. yauzl holds it to its declared size;
 * `room` holds it to what is left of the total as well, so neither bound relies on the other.
 */
async function inflatedSize(zip: ZipFile, entry: Entry, room: number, maxUnpackedBytes: number): Promise<number> {
  const stream = await zip.openReadStreamPromise(entry);
  let size = 0;
  const counter = new Writable({
    write(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done(size > room ? xlsxTooLarge('unpackedBytes', maxUnpackedBytes) : null);
    },
  });
  try {
    await pipeline(stream, counter);
  } catch (error) {
    // yauzl's words for an entry that unpacks to more than it declares.
    if (error instanceof Error && error.message.startsWith('too many bytes in the stream')) {
      throw xlsxTooLarge('declaredSize', entry.uncompressedSize, entry.fileName);
    }
    throw error;
  }
  return size;
}
