// A raw HTTP/1.1 listener on 127.0.0.1 that records each request exactly as it came over the wire
// (request line, header lines in order and spelling, body bytes), for comparing what clients send.
import { createServer, type Server, type Socket } from 'node:net';
import { answerFor } from './http-scenarios.js';

export interface RecordedRequest {
  requestLine: string;
  headers: [string, string][];
  bodyHex: string;
}

export interface RawHttpServer {
  readonly port: number;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

function handle(socket: Socket, requests: RecordedRequest[]): void {
  let buffer = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = buffer.subarray(0, end).toString('latin1').split('\r\n');
      const headers = head.slice(1).map((line): [string, string] => {
        const colon = line.indexOf(':');
        return [line.slice(0, colon), line.slice(colon + 1).trim()];
      });
      const lengthHeader = headers.find(([name]) => name.toLowerCase() === 'content-length');
      const length = lengthHeader === undefined ? 0 : Number(lengthHeader[1]);
      if (buffer.length < end + 4 + length) return;
      const bodyBytes = buffer.subarray(end + 4, end + 4 + length);
      buffer = buffer.subarray(end + 4 + length);
      const requestLine = head[0] ?? '';
      requests.push({ requestLine, headers, bodyHex: bodyBytes.toString('hex') });
      const answer = answerFor(requestLine.split(' ')[1] ?? '/');
      const payload = Buffer.from(answer.body, 'utf8');
      const lines = [`HTTP/1.1 ${answer.status} ${answer.reason}`, ...answer.headers.map(([n, v]) => `${n}: ${v}`), `Content-Length: ${payload.length}`, 'Connection: close'];
      socket.end(Buffer.concat([Buffer.from(lines.join('\r\n') + '\r\n\r\n', 'latin1'), payload]));
    }
  });
  socket.on('error', () => undefined);
}

/** Starts the listener on an ephemeral port. */
export async function startRawHttpServer(): Promise<RawHttpServer> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((socket) => handle(socket, requests));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
