/** A multipart/form-data body with one file part, as a browser's FormData would send it. */
export function multipartBody(file: { name: string; type: string; bytes: Uint8Array }, field = 'file'): { body: Uint8Array; contentType: string } {
  const boundary = `----formwork-test-${file.name.length}-${file.bytes.length}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    'utf8',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
  return { body: Buffer.concat([head, Buffer.from(file.bytes), tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** The first bytes of a real PNG (enough for sniffing) followed by filler. */
export function pngBytes(size = 64): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
}
