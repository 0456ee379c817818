import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rm, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import busboy from 'busboy';
import type { Request } from 'express';
import type { HttpError } from '../http/HttpError.js';
import { fileTooLarge, invalidUpload } from './fileErrors.js';
import { sniffLength } from './sniffFileType.js';

/** An uploaded file as received: in memory, or (with `tempDir`) in a synced temporary file. */
export interface ReceivedFile {
  /** The name the client gave (base name only; empty becomes `file`). */
  readonly name: string;
  /** The MIME type the client declared: a claim, never trusted for images. */
  readonly declaredType: string;
  readonly size: number;
  readonly sha256: string;
  /** The first bytes, for `sniffFileType`. */
  readonly head: Buffer;
  /** The bytes, when received in memory. */
  readonly bytes?: Buffer;
  /** The temporary file, when received to disk: move it into place or delete it. */
  readonly tempPath?: string;
}

export interface ReceiveOptions {
  readonly maxBytes: number;
  /** Stream to a file in this folder (fsynced before resolving) instead of memory. */
  readonly tempDir?: string;
}

/**
 * Reads the one file of an upload: `multipart/form-data` with a part named `file` (parsed by
 * busboy, other parts ignored), or — for scripts — a raw body with its own content type and an
 * optional `X-File-Name`. Stops at `maxBytes` with a 413 and keeps nothing of an oversized or
 * failed upload.
 */
export async function receiveFile(req: Request, options: ReceiveOptions): Promise<ReceivedFile> {
  const contentType = req.get('content-type') ?? '';
  if (/^multipart\/form-data/i.test(contentType)) return receiveMultipart(req, options);
  if (contentType === '' || /^application\/json/i.test(contentType)) throw invalidUpload();
  const declared = Number(req.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    req.resume();
    throw fileTooLarge(options.maxBytes);
  }
  const name = safeName(decodeHeaderName(req.get('x-file-name')));
  return receiveStream(req, name, contentType.split(';')[0]?.trim() ?? '', options);
}

/**
 * One part named `file`. The request is piped with `pipeline`, not `pipe`: a client that goes
 * away mid-upload then destroys the parser, which destroys the file stream, so the receiver
 * fails and removes its temporary file at once instead of waiting for a body that never comes.
 */
async function receiveMultipart(req: Request, options: ReceiveOptions): Promise<ReceivedFile> {
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { fileSize: options.maxBytes, files: 1, fields: 20, parts: 25, fieldSize: 1024 } });
  } catch {
    throw invalidUpload();
  }
  let received: Promise<ReceivedFile> | undefined;
  let several = false;
  parser.on('file', (field, stream, info) => {
    if (field !== 'file' || received) {
      // A part we skip can still fail when the body is cut off; its error must be heard.
      stream.on('error', () => undefined);
      stream.resume();
      return;
    }
    received = receiveStream(stream, safeName(info.filename), info.mimeType, options, () => stream.truncated === true);
    // A receiver that failed stops reading its part; the parser would wait for it forever.
    received.catch(() => parser.destroy());
  });
  // Which of two files was meant is anyone's guess, and keeping one would drop the other unsaid.
  parser.on('filesLimit', () => (several = true));
  const parsed = await pipeline(req, parser).then(
    () => true,
    () => false,
  );
  if (!received) throw invalidUpload();
  const file = await received;
  if (parsed && !several) return file;
  if (file.tempPath) await rm(file.tempPath, { force: true });
  throw invalidUpload();
}

/**
 * Drains `source` into memory or a temporary file. The pipeline is attached before anything is
 * awaited: a stream that fails at once (busboy's "Unexpected end of form" on a truncated body)
 * must meet its error listener, or the process dies of an unhandled 'error' event. The file is
 * opened by the first chunk; a failure waits for that opening to settle before removing the
 * file, or an open still under way would create it again after the removal.
 */
async function receiveStream(
  source: NodeJS.ReadableStream,
  name: string,
  declaredType: string,
  options: ReceiveOptions,
  truncated: () => boolean = () => false,
): Promise<ReceivedFile> {
  const hash = createHash('sha256');
  const chunks: Buffer[] = [];
  let head = Buffer.alloc(0);
  let size = 0;
  let tooLarge = false;
  const tempPath = options.tempDir ? join(options.tempDir, `upload-${randomBytes(8).toString('hex')}`) : undefined;
  let opening: Promise<FileHandle> | undefined;
  const fileOf = (path: string): Promise<FileHandle> => (opening ??= mkdir(dirname(path), { recursive: true }).then(() => open(path, 'wx')));
  const closeFile = async (): Promise<void> => {
    const handle = await opening?.catch(() => undefined);
    // FileHandle.close waits for writes still in flight.
    await handle?.close().catch(() => undefined);
  };
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > options.maxBytes) {
        tooLarge = true;
        return done();
      }
      hash.update(chunk);
      if (head.length < sniffLength) head = Buffer.concat([head, chunk.subarray(0, sniffLength - head.length)]);
      if (!tempPath) {
        chunks.push(chunk);
        return done();
      }
      fileOf(tempPath).then((handle) => handle.write(chunk)).then(() => done(), done);
    },
  });
  try {
    await pipeline(source, sink);
    if (tooLarge || truncated()) throw fileTooLarge(options.maxBytes);
    if (tempPath) {
      const handle = await fileOf(tempPath);
      await handle.sync();
    }
  } catch (error) {
    await closeFile();
    if (tempPath) await rm(tempPath, { force: true });
    throw (error as HttpError).status ? error : invalidUpload();
  }
  await closeFile();
  return {
    name,
    declaredType: declaredType || 'application/octet-stream',
    size,
    sha256: hash.digest('hex'),
    head,
    ...(tempPath ? { tempPath } : { bytes: Buffer.concat(chunks) }),
  };
}

/** The base name of what the client called the file: no folders, no control characters, bounded. */
export function safeName(name: string | undefined): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const base = (name ?? '').split(/[/\\]/).pop()?.replace(/[\u0000-\u001f\u007f]/g, '').trim() ?? '';
  return (base === '' ? 'file' : base).slice(0, 200);
}

function decodeHeaderName(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
