// Shared fixture access and a compact, reviewable rendering of IR for snapshots.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { IrNode, IrValue } from '../../src/port/index.js';

/** The folder with one legacy-style script per language, each named `<language id>.<ext>`. */
export const FIXTURES = fileURLToPath(new URL('../fixtures/port/', import.meta.url));

/** Every fixture: language id (the file's base name) and file name. */
export const FIXTURE_FILES: readonly { id: string; file: string }[] = readdirSync(FIXTURES)
  .filter((file) => !file.endsWith('.json'))
  .map((file) => ({ id: file.slice(0, file.lastIndexOf('.')), file }))
  .sort((a, b) => a.id.localeCompare(b.id));

/** Reads a fixture's text. */
export function readFixture(file: string): string {
  return readFileSync(`${FIXTURES}${file}`, 'utf8');
}

function showValue(value: IrValue | undefined): string {
  if (!value) return '';
  switch (value.type) {
    case 'string': return ` = ${JSON.stringify(value.value)}`;
    case 'number': return ` = ${value.text}`;
    case 'boolean': return ` = ${String(value.value)}`;
    case 'null': return ' = null';
  }
}

/** One line per node: `LINE kind details`. */
export function describeIr(nodes: readonly IrNode[]): string {
  return nodes
    .map((node) => {
      const at = String(node.line).padStart(3);
      switch (node.kind) {
        case 'new': return `${at} new ${node.class} ${node.handle}`;
        case 'update': return `${at} ${node.handle}.${node.method}(${JSON.stringify(node.path)})${showValue(node.value)}`;
        case 'json-option': return `${at} ${node.handle}.${node.name} = ${JSON.stringify(node.value)}`;
        case 'sb-append': return `${at} ${node.handle}.Append(${JSON.stringify(node.text)})`;
        case 'emit-sb': return `${at} ${node.handle}.EmitSb(${node.sb})`;
        case 'http-option': return `${at} ${node.handle}.${node.name} = ${JSON.stringify(node.value)}`;
        case 'header': return `${at} ${node.handle}.SetRequestHeader(${JSON.stringify(node.name)}, ${JSON.stringify(node.value)})`;
        case 'send': return `${at} ${node.response ?? '_'} = ${node.handle}.${node.call} ${node.method} ${node.url} body=${node.body.kind === 'text' ? JSON.stringify(node.body.text) : node.body.kind === 'none' ? 'none' : `${node.body.kind}:${node.body.handle}`} type=${node.contentType ?? ''}`;
        case 'json-ref': return `${at} ${node.handle} = ${node.from}.${node.method}(${JSON.stringify(node.arg)})`;
        case 'array-add': return `${at} ${node.handle}.${node.method}(${String(node.index)})`;
        case 'print': return `${at} print ${node.handle}.Emit()`;
        case 'unsupported': return `${at} UNSUPPORTED ${node.message}`;
      }
    })
    .join('\n');
}

/**
 * Type-checks generated modules under the project's strict tsconfig, with
 * their `pathpatch` imports pointed at this checkout; returns the errors.
 */
export async function compileErrors(codes: readonly string[]): Promise<string[]> {
  const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const ts = (await import('typescript')).default;
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const out = mkdtempSync(join(tmpdir(), 'pathpatch-port-check-'));
  try {
    writeFileSync(join(out, 'package.json'), '{"type":"module"}');
    const files = codes.map((code, index) => {
      const file = join(out, `m${String(index)}.ts`);
      writeFileSync(file, code.replace("from 'pathpatch/chilkat'", `from '${join(root, 'src/chilkat.js')}'`).replace("from 'pathpatch/chilkat/http'", `from '${join(root, 'src/chilkat-http.js')}'`).replace("from 'pathpatch'", `from '${join(root, 'src/index.js')}'`));
      return file;
    });
    const config = ts.readConfigFile(join(root, 'tsconfig.json'), (path) => ts.sys.readFile(path));
    const options = ts.parseJsonConfigFileContent(config.config, ts.sys, root).options;
    const program = ts.createProgram(files, { ...options, noEmit: true, typeRoots: [join(root, 'node_modules/@types')] });
    return ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file?.fileName.startsWith(out) === true)
      .map((diagnostic) => `${diagnostic.file?.fileName.slice(out.length + 1) ?? ''}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
