// A real HTTP server on 127.0.0.1 for send() tests (ky's test server is the model): no fetch is ever mocked.
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';

/** One request as the server saw it. */
export interface RecordedRequest {
  readonly method: string;
  /** Path and query, as sent. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** Milliseconds since the server started, to measure waits between attempts. */
  readonly at: number;
}

/** Answers one request; may be async (a slow server). */
export type Handler = (request: RecordedRequest, response: ServerResponse, raw: IncomingMessage) => void | Promise<void>;

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Every request received since the last `reset()`. */
  readonly requests: RecordedRequest[];
  /** Answers the next requests with these handlers in turn; the last one answers every request after. */
  respond(...handlers: Handler[]): void;
  /** Forgets requests and handlers. */
  reset(): void;
  close(): Promise<void>;
}

/** Writes a JSON response. */
export function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

/** Resolves after `ms` milliseconds, or early when the client goes away. */
export function delay(ms: number, response?: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    response?.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Starts a server on 127.0.0.1 with an ephemeral port. */
export async function startTestServer(): Promise<TestServer> {
  const started = Date.now();
  const requests: RecordedRequest[] = [];
  let handlers: Handler[] = [];
  let served = 0;
  const server = createServer((raw, response) => {
    const chunks: Buffer[] = [];
    raw.on('data', (chunk: Buffer) => chunks.push(chunk));
    raw.on('end', () => {
      const request: RecordedRequest = {
        method: raw.method ?? '',
        url: raw.url ?? '',
        headers: raw.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now() - started,
      };
      requests.push(request);
      const handler = handlers[Math.min(served, handlers.length - 1)];
      served += 1;
      if (handler === undefined) {
        json(response, 500, { message: 'no handler' });
        return;
      }
      Promise.resolve(handler(request, response, raw)).catch((error: unknown) => {
        if (!response.headersSent) json(response, 500, { message: String(error) });
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    respond(...next) {
      handlers = next;
      served = 0;
    },
    reset() {
      requests.length = 0;
      handlers = [];
      served = 0;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((error) => (error === undefined ? resolve() : reject(error))));
    },
  };
}

/** A port on 127.0.0.1 where nothing listens (bound, then released). */
export async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts one server for the calling test file (closed after it) and forgets
 * requests and handlers before each test. The returned object forwards to it,
 * so it can be used at the top of the file.
 */
export function useTestServer(): TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());
  beforeEach(() => server?.reset());
  const current = (): TestServer => {
    if (server === undefined) throw new Error('useTestServer(): the server starts in beforeAll');
    return server;
  };
  return {
    get url() {
      return current().url;
    },
    get requests() {
      return current().requests;
    },
    respond: (...handlers) => current().respond(...handlers),
    reset: () => current().reset(),
    close: () => current().close(),
  };
}

/** The value a promise rejects with; fails when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/**
 * Writes raw bytes to a server on 127.0.0.1 and resolves with everything it
 * answered once it closes the connection (for malformed or stalled requests
 * that fetch would refuse to send). The socket is never ended from this side.
 */
export function rawExchange(url: string, bytes: string | Buffer): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // A reset after the server's answer is how some refusals end: 'close' follows, with what was read.
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.write(bytes);
  });
}
