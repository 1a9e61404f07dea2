import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
// Inside the repo, so the packed package finds its dependencies in the repo's node_modules
// (no registry needed); the project's own package.json stops self-reference to the repo.
const work = join(root, '.tmp', 'package-test');
const project = join(work, 'project');
let tarball = '';

function run(command: string, args: string[], cwd = project): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

// The server runs in this process, so the child must not block the event loop.
function runAsync(command: string, args: string[]): Promise<string> {
  return new Promise((done, fail) => execFile(command, args, { cwd: project, encoding: 'utf8' }, (error, stdout) => (error === null ? done(stdout) : fail(new Error(`${command} ${args.join(' ')} failed`, { cause: error })))));
}

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(project, 'node_modules', 'pathpatch'), { recursive: true });
  const packed = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root)) as { filename: string }[];
  tarball = join(work, packed[0]?.filename ?? '');
  run('tar', ['-xzf', tarball, '-C', join(project, 'node_modules', 'pathpatch'), '--strip-components=1']);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'package-test', private: true, type: 'module' }));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('holds dist and the manifest, not sources or tests', () => {
    const files = run('tar', ['-tzf', tarball]).trim().split('\n');
    expect(files).toContain('package/package.json');
    expect(files).toContain('package/dist/index.js');
    expect(files).toContain('package/dist/index.cjs');
    expect(files).toContain('package/dist/index.d.ts');
    expect(files).toContain('package/dist/index.d.cts');
    for (const entry of ['chilkat', 'chilkat-http', 'testing', 'port']) {
      for (const ext of ['js', 'cjs', 'd.ts', 'd.cts']) expect(files).toContain(`package/dist/${entry}.${ext}`);
    }
    expect(files).toContain('package/dist/cli.js');
    expect(files).toContain('package/chilkat/http/package.json');
    expect(files.filter((f) => f.startsWith('package/src/') || f.startsWith('package/test/') || f.startsWith('package/playground/'))).toEqual([]);
  });

  it('imports from ESM', () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      `import { payload, rawNumber, PathSyntaxError } from 'pathpatch';
       const text = payload().set('a.b[0]', 1).set('n', rawNumber('1.50')).emit();
       let syntax = '';
       try { payload().set('a[', 1); } catch (e) { syntax = e instanceof PathSyntaxError ? e.name : 'other'; }
       console.log(JSON.stringify({ text, syntax }));`,
    );
    expect(JSON.parse(run('node', ['esm.mjs']))).toEqual({ text: '{"a":{"b":[1]},"n":1.50}', syntax: 'PathSyntaxError' });
  });

  it('requires from CJS', () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      `const { payload, isPathpatchError } = require('pathpatch');
       let guarded = false;
       try { payload({ a: 1 }).set('a.b', 2).build(); } catch (e) { guarded = isPathpatchError(e); }
       console.log(JSON.stringify({ text: payload().push('tags', 'x').emit(), guarded }));`,
    );
    expect(JSON.parse(run('node', ['cjs.cjs']))).toEqual({ text: '{"tags":["x"]}', guarded: true });
  });

  it('imports pathpatch/chilkat, pathpatch/testing and pathpatch/port from ESM and CJS', () => {
    writeFileSync(
      join(project, 'subpaths.mjs'),
      `import { JsonObject } from 'pathpatch/chilkat';
       import { startMockAuth0 } from 'pathpatch/testing';
       import { portScript } from 'pathpatch/port';
       const ported = portScript('$j = ObjCreate("Chilkat.JsonObject")\\n$j.UpdateInt("a.b", 1)', { file: 'x.au3' });
       if (!ported.code.includes(".set('a.b', 1)")) throw new Error('port failed');
       const json = new JsonObject();
       json.UpdateString('a.b[0]', 'x');
       const mock = await startMockAuth0();
       const ok = mock.url.startsWith('http://127.0.0.1:');
       await mock.close();
       console.log(JSON.stringify({ emit: json.Emit(), ok }));`,
    );
    expect(JSON.parse(run('node', ['subpaths.mjs']))).toEqual({ emit: '{"a":{"b":["x"]}}', ok: true });
    writeFileSync(
      join(project, 'subpaths.cjs'),
      `const { JsonObject } = require('pathpatch/chilkat');
       const { startMockAuth0 } = require('pathpatch/testing');
       const { LANGUAGES } = require('pathpatch/port');
       if (LANGUAGES.length < 30) throw new Error('port failed');
       const json = new JsonObject();
       json.UpdateInt('n', 5);
       console.log(JSON.stringify({ emit: json.Emit(), mock: typeof startMockAuth0 }));`,
    );
    expect(JSON.parse(run('node', ['subpaths.cjs']))).toEqual({ emit: '{"n":5}', mock: 'function' });
  });

  it('bundles pathpatch/chilkat for the browser with no Node built-in; Http comes from pathpatch/chilkat/http', () => {
    writeFileSync(join(project, 'browser.mjs'), `import { JsonObject, JsonArray, StringBuilder } from 'pathpatch/chilkat'; globalThis.out = [JsonObject, JsonArray, StringBuilder];`);
    const bundle = join(work, 'browser-bundle.js');
    // esbuild fails on any node: or Node built-in import when the platform is the browser.
    run(join(root, 'node_modules', '.bin', 'esbuild'), ['browser.mjs', '--bundle', '--platform=browser', '--format=esm', '--log-level=error', `--outfile=${bundle}`]);
    expect(readFileSync(bundle, 'utf8')).toContain('UpdateString');
    writeFileSync(join(project, 'chilkat-names.mjs'), `import * as m from 'pathpatch/chilkat'; import * as h from 'pathpatch/chilkat/http'; console.log(JSON.stringify([Object.keys(m).sort(), Object.keys(h).sort()]));`);
    expect(JSON.parse(run('node', ['chilkat-names.mjs']))).toEqual([['JsonArray', 'JsonObject', 'StringBuilder'], ['Http', 'HttpResponse']]);
  });

  it('sends a pathpatch/chilkat JsonObject with pathpatch/chilkat/http from ESM and CJS alike', async () => {
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => response.end(JSON.stringify({ method: request.method, body })));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    const script = (load: string) => `${load}
       const json = new JsonObject(); json.UpdateString('app.name', 'x');
       const sb = new StringBuilder(); json.EmitSb(sb);
       const http = new Http();
       Promise.all([http.PostJson3('http://127.0.0.1:${port}/a', 'application/json', json), http.PTextSb('PATCH', 'http://127.0.0.1:${port}/b', sb, 'utf-8', 'application/json', false, false)])
         .then((rs) => console.log(JSON.stringify(rs.map((r) => r === null ? http.LastErrorText : r.BodyStr))));`;
    writeFileSync(join(project, 'http.mjs'), script(`import { JsonObject, StringBuilder } from 'pathpatch/chilkat'; import { Http } from 'pathpatch/chilkat/http';`));
    writeFileSync(join(project, 'http.cjs'), script(`const { JsonObject, StringBuilder } = require('pathpatch/chilkat'); const { Http } = require('pathpatch/chilkat/http');`));
    const expected = [JSON.stringify({ method: 'POST', body: '{"app":{"name":"x"}}' }), JSON.stringify({ method: 'PATCH', body: '{"app":{"name":"x"}}' })];
    try {
      for (const file of ['http.mjs', 'http.cjs']) expect(JSON.parse(await runAsync('node', [file]))).toEqual(expected);
    } finally {
      server.close();
    }
  });

  it('ESM and CJS builds agree on every export name', () => {
    writeFileSync(join(project, 'names.mjs'), `import * as m from 'pathpatch'; console.log(JSON.stringify(Object.keys(m).sort()));`);
    writeFileSync(join(project, 'names.cjs'), `console.log(JSON.stringify(Object.keys(require('pathpatch')).sort()));`);
    const esm = JSON.parse(run('node', ['names.mjs'])) as string[];
    expect(esm).toContain('payload');
    expect(JSON.parse(run('node', ['names.cjs']))).toEqual(esm);
  });

  it('runs the bin', () => {
    const bin = join(project, 'node_modules', 'pathpatch', 'dist', 'cli.js');
    expect(run('node', [bin, '--version']).trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(run('node', [bin, '--help'])).toContain('Usage: pathpatch <command>');
  });

  it('passes publint', () => {
    const out = run(join(root, 'node_modules', '.bin', 'publint'), ['--strict', join(project, 'node_modules', 'pathpatch')], root);
    expect(out).not.toMatch(/error|warning/i);
  });

  it('passes arethetypeswrong', () => {
    // Exit code 0: no problem for any entry point under node10, node16 (from CJS and from ESM) and bundler resolution.
    const out = run(join(root, 'node_modules', '.bin', 'attw'), [tarball, '--format', 'table-flipped'], root);
    expect(out).toContain('No problems found');
  });
});

