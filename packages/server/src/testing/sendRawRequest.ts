import { connect } from 'node:net';

/** What came back on a raw socket: the status (if any response arrived) and whether it was reset. */
export interface RawResponse {
  /** The status of the first response line, or undefined when the server answered nothing. */
  readonly status: number | undefined;
  /** Everything the server sent (head and body), as text. */
  readonly text: string;
  /** The body of the response (after the blank line), as text. */
  readonly body: string;
  /** The connection was reset (ECONNRESET / EPIPE) rather than closed in order. */
  readonly reset: boolean;
}

export interface RawRequestOptions {
  /**
   * After the bytes are written: `wait` keeps the socket open until the server closes it (send
   * `Connection: close`), `half-close` ends our side and then waits, `abort` destroys the socket
   * at once and answers nothing.
   */
  readonly then?: 'wait' | 'half-close' | 'abort';
  /** Pieces written one after another, each given time to arrive (the default is one write). */
  readonly pauseBetweenPiecesMs?: number;
  /** Give up waiting for the server after this long (default 10 s). */
  readonly timeoutMs?: number;
}

/**
 * Writes bytes to the server exactly as given — head, broken bodies and all — over `node:net`,
 * for what `fetch` refuses to send: a Content-Length larger than the body, a socket cut
 * mid-upload, garbage where the head should be.
 *
 * @example
 * const response = await sendRawRequest(server.url, [`POST /api/files HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`]);
 * expect(response.status).toBe(400);
 */
export function sendRawRequest(url: string, pieces: readonly (string | Uint8Array)[], options: RawRequestOptions = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  const then = options.then ?? 'wait';
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    const received: Buffer[] = [];
    let reset = false;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${String(options.timeoutMs ?? 10_000)} ms; got: ${Buffer.concat(received).toString('latin1').slice(0, 200)}`));
    }, options.timeoutMs ?? 10_000);
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') reset = true;
      else reject(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(received).toString('utf8');
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1];
      const bodyStart = text.indexOf('\r\n\r\n');
      resolve({ status: status === undefined ? undefined : Number(status), text, body: bodyStart < 0 ? '' : text.slice(bodyStart + 4), reset });
    });
    socket.once('connect', () => {
      void (async () => {
        for (const [index, piece] of pieces.entries()) {
          if (socket.destroyed) return;
          if (index > 0 && options.pauseBetweenPiecesMs) await new Promise((wake) => setTimeout(wake, options.pauseBetweenPiecesMs));
          await new Promise<void>((written) => socket.write(piece, () => written()));
        }
        if (then === 'abort') socket.destroy();
        else if (then === 'half-close') socket.end();
      })();
    });
  });
}
