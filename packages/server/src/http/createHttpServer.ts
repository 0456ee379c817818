import { createServer, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { resolveLocale } from '@formwork/runtime';
import { errorEnvelope } from './errorHandler.js';
import { HttpError } from './HttpError.js';

/** Longest request line plus headers read (Node's default); longer heads are answered 431. */
export const maxHeaderBytes = 16 * 1024;

/** How long a refused client may go on sending (discarded) before its connection is cut. */
const lingerMs = 5_000;

/**
 * The HTTP server for an app (`startServer` and the tests both use it). What Node's parser
 * refuses before the app sees a request — a URL or headers over `maxHeaderBytes`, a head or
 * chunk encoding that is not HTTP — is answered with the one error envelope (431 / 400 / 408)
 * instead of Node's bare status line, and the connection is closed in order: the rest of what
 * the client sends is read and dropped for a while, since closing a socket with unread bytes
 * resets it and the client would never see the answer.
 */
export function createHttpServer(app: RequestListener): Server {
  const server = createServer({ maxHeaderSize: maxHeaderBytes }, app);
  // The response under way on each connection, so that a parse error never writes into one already started.
  const current = new WeakMap<Socket, ServerResponse>();
  server.on('request', (req, res: ServerResponse) => {
    current.set(req.socket, res);
    res.once('close', () => {
      if (current.get(req.socket) === res) current.delete(req.socket);
    });
  });
  const refused = new WeakSet<Socket>();
  server.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Socket) => {
    // Node calls this again for every chunk that arrives after the first parse error.
    if (refused.has(socket)) return;
    refused.add(socket);
    if (error.code === 'ECONNRESET' || !socket.writable || current.get(socket)?.headersSent) {
      socket.destroy();
      return;
    }
    socket.end(rawAnswer(clientErrorOf(error.code), error.rawPacket));
    setTimeout(() => socket.destroy(), lingerMs).unref();
  });
  return server;
}

function clientErrorOf(code: string | undefined): HttpError {
  if (code === 'HPE_HEADER_OVERFLOW') {
    const kb = maxHeaderBytes / 1024;
    return new HttpError(
      431,
      'headers_too_large',
      { 'zh-CN': `请求的网址或请求头过大（上限 ${kb} KB）`, en: `The URL or the request headers are too large (limit ${kb} KB)` },
      { limitBytes: maxHeaderBytes },
    );
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return new HttpError(408, 'request_timeout', { 'zh-CN': '请求发送超时', en: 'The request took too long to arrive' });
  return new HttpError(400, 'bad_request', { 'zh-CN': '请求无效', en: 'Bad request' });
}

/** A whole response written straight to the socket: there is no request object to answer through. */
function rawAnswer(error: HttpError, packet: Buffer | undefined): string {
  // The head was not parsed; its Accept-Language may still be among the bytes that failed.
  const acceptLanguage = /\r\naccept-language:[ \t]*([^\r\n]*)/i.exec(packet?.toString('latin1') ?? '')?.[1];
  const body = JSON.stringify(errorEnvelope(error, resolveLocale(acceptLanguage)));
  return [
    `HTTP/1.1 ${String(error.status)} ${reasonPhrases[error.status] ?? 'Error'}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${String(Buffer.byteLength(body))}`,
    'Cache-Control: no-store',
    'X-Content-Type-Options: nosniff',
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

const reasonPhrases: Readonly<Record<number, string>> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };
