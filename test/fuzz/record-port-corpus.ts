// Records the ground truth of the porting corpus (test/fixtures/port-corpus/): each script's JavaScript
// twin runs on the real Chilkat runtime (through the oracle, see docs/contributing.md) against a local
// server that records every request and answers like the API would; the requests, in order, with the
// answers they got, go to NAME.expected.json. Not part of `npm test` (the runtime is optional there).
//
//   PATHPATCH_ORACLE=/path/to/oracle npx tsx test/fuzz/record-port-corpus.ts [--dir FOLDER] [NAME...]
//
// --dir records another folder of the same shape (corpus.json, scripts, twins), e.g. test/fixtures/run-languages/.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { CORPUS_DIR, readCorpusIndex, type RecordedExchange } from '../port/corpus-files.js';

const oracle = process.env['PATHPATCH_ORACLE'] ?? '';
if (oracle === '' || !existsSync(oracle)) {
  process.stderr.write('record-port-corpus: set PATHPATCH_ORACLE to the oracle command (see docs/contributing.md)\n');
  process.exit(2);
}

/** How the local server answers: a token, a created client or user, a client read back, or a plain ok. */
function answer(method: string, path: string, body: string): { status: number; body: string } {
  if (method === 'POST' && path.endsWith('/oauth/token')) {
    return { status: 200, body: JSON.stringify({ access_token: 'eyJhbGciOiJSUzI1NiJ9.corpus.c2ln', token_type: 'Bearer', expires_in: 86400 }) };
  }
  if (method === 'POST' && /\/api\/v2\/clients$/.test(path)) {
    const sent = JSON.parse(body) as { name?: string };
    return { status: 201, body: JSON.stringify({ client_id: 'Cl7nq2Xa9TzK', name: sent.name ?? '', app_type: 'regular_web' }) };
  }
  if (method === 'POST' && path.endsWith('/users')) {
    const sent = JSON.parse(body) as { name?: string };
    return { status: 201, body: JSON.stringify({ id: 'usr_5Qk2Vd', name: sent.name ?? '' }) };
  }
  if (method === 'GET') {
    return { status: 200, body: JSON.stringify({ client_id: path.split('/').pop(), name: 'Legacy portal', callbacks: ['https://portal.acme.example/cb'], grant_types: ['authorization_code'] }) };
  }
  return { status: 200, body: JSON.stringify({ ok: true }) };
}

let exchanges: RecordedExchange[] = [];
let origin = '';
const server = createServer((request: IncomingMessage, response: ServerResponse) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    const method = request.method ?? '';
    const path = request.url ?? '';
    const reply = answer(method, path, body);
    exchanges.push({ method, url: `${origin}${path}`, body, response: reply });
    response.writeHead(reply.status, { 'content-type': 'application/json' });
    response.end(reply.body);
  });
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;

/** Runs a twin on the real runtime; its stdout is kept for the error report only. */
function runTwin(file: string): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(oracle, ['--exec', file], { env: { ...process.env, CORPUS_BASE: base } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => done({ code, output }));
  });
}

const argv = process.argv.slice(2);
const dirAt = argv.indexOf('--dir');
const dir = dirAt < 0 ? CORPUS_DIR : `${resolve(argv[dirAt + 1] ?? '.')}/`;
const only = dirAt < 0 ? argv : argv.filter((_, at) => at !== dirAt && at !== dirAt + 1);
let failed = 0;
for (const entry of readCorpusIndex(dir)) {
  if (only.length > 0 && !only.includes(entry.name)) continue;
  const twin = join(dir, entry.twin);
  origin = /^\/\/ origin: (\S+)/m.exec(readFileSync(twin, 'utf8'))?.[1] ?? '';
  if (origin === '') throw new Error(`${entry.twin}: the first lines must name the script's origin ("// origin: https://...")`);
  exchanges = [];
  const { code, output } = await runTwin(twin);
  if (code !== 0 || exchanges.length === 0) {
    failed++;
    process.stderr.write(`record-port-corpus: ${entry.twin} exited ${String(code)} after ${String(exchanges.length)} request(s)\n${output}\n`);
    continue;
  }
  writeFileSync(join(dir, `${entry.name}.expected.json`), `${JSON.stringify({ requests: exchanges }, null, 2)}\n`);
  process.stdout.write(`${entry.name}: ${String(exchanges.length)} request(s)\n`);
}
server.close();
process.exit(failed === 0 ? 0 : 1);
