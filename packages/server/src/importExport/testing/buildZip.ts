import { constants, crc32, deflateRawSync } from 'node:zlib';

/** One entry of a ZIP built by `buildZip`, already deflated. */
export interface ZipEntry {
  readonly name: string;
  /** Raw deflate data, as it is stored. */
  readonly deflated: Buffer;
  /** The unpacked size the headers declare: a lie when it is not the real one. */
  readonly declaredSize: number;
  readonly crc: number;
}

/** An entry holding `content`, honestly declared. */
export function deflatedEntry(name: string, content: string | Buffer): ZipEntry {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { name, deflated: deflateRawSync(bytes), declaredSize: bytes.length, crc: crc32(bytes) };
}

/**
 * An entry holding `head`, then `unit` `times` over, then `tail` — hundreds of megabytes built in
 * milliseconds: `unit` is deflated once, flushed to a byte boundary with no reference to what came
 * before (Z_FULL_FLUSH), and that piece repeated, which is a valid deflate stream of the whole.
 * Honestly declared unless `declaredSize` says otherwise.
 */
export function repeatedEntry(name: string, parts: { head: string; unit: string; times: number; tail: string; declaredSize?: number }): ZipEntry {
  const head = Buffer.from(parts.head, 'utf8');
  const unit = Buffer.from(parts.unit, 'utf8');
  const tail = Buffer.from(parts.tail, 'utf8');
  const flushed = { finishFlush: constants.Z_FULL_FLUSH };
  const unitPiece = deflateRawSync(unit, flushed);
  const deflated = Buffer.concat([deflateRawSync(head, flushed), ...Array.from({ length: parts.times }, () => unitPiece), deflateRawSync(tail)]);
  let crc = crc32(head);
  for (let index = 0; index < parts.times; index++) crc = crc32(unit, crc);
  crc = crc32(tail, crc);
  const size = head.length + unit.length * parts.times + tail.length;
  return { name, deflated, declaredSize: parts.declaredSize ?? size, crc };
}

/**
 * A ZIP archive of deflated entries (ZIP64 end records when there are more than 65,535), written
 * by hand so that tests can make the hostile ones no zip library would write.
 */
export function buildZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(0, 10); // time, date
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.deflated.length, 18);
    local.writeUInt32LE(entry.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, entry.deflated);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    central.writeUInt16LE(20, 6); // needed
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.deflated.length, 20);
    central.writeUInt32LE(entry.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    // extra, comment, disk, attributes: 0
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + entry.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const ends: Buffer[] = [];
  const zip64 = entries.length > 0xffff;
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4); // size of the rest
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(entries.length), 24);
    record.writeBigUInt64LE(BigInt(entries.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    ends.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, ...ends, end]);
}
