import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { delimiter, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

// The packed tarball on every runtime people use: Node 20 (this process's), 22 and 24, Bun and Deno
// (all from devDependencies, so `npm ci` brings them), and Chromium with the core bundled for a page.
const root = resolve(import.meta.dirname, '../..');
const work = join(root, '.tmp', 'runtimes');
const project = join(work, 'project');
const bin = (path: string): string => join(root, 'node_modules', path);

interface Runtime {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
}

// The machine's own Node (20, the lowest supported): the first `node` on PATH outside node_modules, since
// the node22 devDependency links node_modules/.bin/node and npm scripts put that folder first.
function machineNode(): string {
  for (const folder of (process.env['PATH'] ?? '').split(delimiter)) {
    const candidate = join(folder, 'node');
    if (folder !== '' && !resolve(folder).startsWith(join(root, 'node_modules')) && existsSync(candidate)) return candidate;
  }
  throw new Error('no node on PATH outside node_modules');
}

const RUNTIMES: readonly Runtime[] = [
  { name: 'Node 20', command: machineNode(), args: ['run.mjs'] },
  { name: 'Node 22', command: bin('node22/bin/node'), args: ['run.mjs'] },
  { name: 'Node 24', command: bin('node24/bin/node'), args: ['run.mjs'] },
  { name: 'Bun', command: bin('.bin/bun'), args: ['run.mjs'] },
  { name: 'Deno', command: bin('.bin/deno'), args: ['run', '--allow-net=127.0.0.1', '--allow-read', '--allow-env', '--no-prompt', 'run.mjs'] },
];

// What every runtime must produce (the builder's and JsonObject's bytes, RFC 6902 and RFC 7386 patches).
const EXPECTED = {
  bytes:
    '{"name":"Acme Dashboard","callbacks":["https://dashboard.acme.example/callback"],"jwt_configuration":{"lifetime_in_seconds":36000,"secret_encoded":true,"alg":"RS256"},"addons":{"slack":{}},"resource_servers":[{"scopes":["read:reports"]}],"client_metadata":{"tier.level":"gold"},"price":1.50}',
  chilkat: '{"name":"Acme Dashboard","jwt_configuration":{"lifetime_in_seconds":36000},"price":1.50}',
  jsonPatch: [
    { op: 'replace', path: '/name', value: 'New' },
    { op: 'add', path: '/tags/1', value: 'b' },
    { op: 'add', path: '/mobile', value: { ios: { team_id: 'T1' } } },
  ],
  mergePatch: { name: 'New', tags: ['a', 'b'], mobile: { ios: { team_id: 'T1' } } },
  refused: 'UnsafeKeyError',
  status: 200,
};

interface Received {
  readonly method: string;
  readonly url: string;
  readonly authorization: string | undefined;
  readonly contentType: string | undefined;
  readonly origin: string | undefined;
  readonly body: string;
}

const received: Received[] = [];
let api: Server;
let pages: Server;
let apiBase = '';

// The API answers with what it got, and speaks CORS for the page's origin (preflight included).
function handleApi(request: IncomingMessage, response: ServerResponse): void {
  let body = '';
  request.setEncoding('utf8');
  request.on('data', (chunk: string) => (body += chunk));
  request.on('end', () => {
    const seen: Received = { method: request.method ?? '', url: request.url ?? '', authorization: request.headers.authorization, contentType: request.headers['content-type'], origin: request.headers.origin, body };
    received.push(seen);
    const cors = request.headers.origin === undefined ? {} : { 'access-control-allow-origin': request.headers.origin, 'access-control-allow-methods': 'PATCH', 'access-control-allow-headers': 'authorization, content-type' };
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json', ...cors }).end(JSON.stringify({ method: seen.method, url: seen.url, body: seen.body }));
  });
}

function listen(server: Server): Promise<string> {
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${String((server.address() as AddressInfo).port)}`)));
}

function runIn(runtime: Runtime): Promise<Record<string, unknown>> {
  return new Promise((done, fail) => {
    execFile(runtime.command, [...runtime.args, apiBase], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' } }, (error, stdout, stderr) => {
      if (error !== null) fail(new Error(`${runtime.name} failed: ${stderr}`, { cause: error }));
      else done(JSON.parse(stdout) as Record<string, unknown>);
    });
  });
}

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  const target = join(project, 'node_modules', 'pathpatch');
  mkdirSync(target, { recursive: true });
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8' })) as { filename: string }[];
  execFileSync('tar', ['-xzf', join(work, packed[0]?.filename ?? ''), '-C', target, '--strip-components=1']);
  // Inside the repo, so the package's own dependencies resolve from the repo's node_modules, as installed.
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'runtime-smoke', private: true, type: 'module' }));
  copyFileSync(join(root, 'test', 'fixtures', 'runtimes', 'smoke.mjs'), join(project, 'smoke.mjs'));
  writeFileSync(
    join(project, 'run.mjs'),
    `import { runSmoke } from './smoke.mjs';
     const deno = globalThis.Deno;
     const runtime = deno ? 'Deno ' + deno.version.deno : globalThis.Bun ? 'Bun ' + globalThis.Bun.version : 'Node ' + process.version;
     const result = await runSmoke(deno ? deno.args[0] : process.argv[2]);
     console.log(JSON.stringify({ runtime, ...result }));`,
  );
  api = createServer(handleApi);
  pages = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>smoke</title>'));
  apiBase = await listen(api);
});

afterAll(async () => {
  await new Promise((done) => api.close(done));
  await new Promise((done) => pages.close(done));
  rmSync(work, { recursive: true, force: true });
});

function expectSmoke(result: Record<string, unknown>): void {
  expect(result).toMatchObject(EXPECTED);
  // The server's echo: the exact bytes went out as a PATCH to the filled URL template.
  expect(result['echoed']).toEqual({ method: 'PATCH', url: '/api/v2/clients/abc%201', body: EXPECTED.bytes });
}

describe('the packed package on every runtime', () => {
  it('builds, checks the bytes, makes JSON and Merge Patches and sends a PATCH on Node 20, 22, 24, Bun and Deno', async () => {
    const results = await Promise.all(RUNTIMES.map((runtime) => runIn(runtime)));
    expect(results.map((r) => String(r['runtime']).replace(/\d+\.\d+$/, 'x.x'))).toEqual([
      expect.stringMatching(/^Node v20\./),
      expect.stringMatching(/^Node v22\./),
      expect.stringMatching(/^Node v24\./),
      expect.stringMatching(/^Bun 1\./),
      expect.stringMatching(/^Deno 2\./),
    ]);
    for (const result of results) expectSmoke(result);
    const patches = received.filter((r) => r.method === 'PATCH' && r.origin === undefined);
    expect(patches).toHaveLength(RUNTIMES.length);
    for (const patch of patches) expect(patch).toMatchObject({ authorization: 'Bearer smoke-token', contentType: expect.stringMatching(/^application\/json/), body: EXPECTED.bytes });
  });

  it('does the same in Chromium, with the core bundled for the page and CORS across origins', async () => {
    const entry = join(project, 'browser-entry.mjs');
    writeFileSync(entry, `import { runSmoke } from './smoke.mjs'; globalThis.runSmoke = runSmoke;`);
    // platform=browser: a Node built-in anywhere in the graph fails this build.
    const bundle = await build({ entryPoints: [entry], bundle: true, platform: 'browser', format: 'iife', write: false, logLevel: 'silent', absWorkingDir: project });
    const script = bundle.outputFiles[0]?.text ?? '';
    expect(script).not.toMatch(/require\("(?:node:)?(?:http|net|zlib|crypto)"\)/);
    const pageOrigin = await listen(pages);
    const browser = await chromium.connect(inject('chromiumEndpoint'));
    try {
      const page = await browser.newPage();
      await page.goto(pageOrigin);
      await page.addScriptTag({ content: script });
      const result = await page.evaluate(async (base) => {
        const run = (globalThis as unknown as { runSmoke: (base: string) => Promise<Record<string, unknown>> }).runSmoke;
        const agent = (globalThis as unknown as { navigator: { userAgent: string } }).navigator.userAgent;
        return { runtime: agent, ...(await run(base)) };
      }, apiBase);
      expect(result['runtime']).toMatch(/HeadlessChrome\/\d+/);
      expectSmoke(result);
      // A real cross-origin request: the preflight came first, then the PATCH with the page's origin.
      const fromPage = received.filter((r) => r.origin === pageOrigin).map((r) => r.method);
      expect(fromPage).toEqual(['OPTIONS', 'PATCH']);
    } finally {
      await browser.close();
    }
  });
});
