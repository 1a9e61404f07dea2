// Runs a `--style chilkat` module's main() on pathpatch/chilkat's classes, in process, and returns
// what it printed: the generated code itself is executed (types stripped by esbuild), not re-derived.
import { transformSync } from 'esbuild';
import { JsonObject, StringBuilder } from '../../src/chilkat.js';
import { HttpResponse } from '../../src/chilkat-http.js';

export async function runChilkatStyle(code: string, bindings: Readonly<Record<string, unknown>> = {}): Promise<string> {
  const js = transformSync(code, { loader: 'ts', format: 'esm' }).code.replace(/^import .*$/gm, '').replace(/^export /gm, '');
  const printed: string[] = [];
  const console = { log: (text: unknown) => printed.push(String(text)) };
  const names = Object.keys(bindings);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- runs generated code against the real classes
  const main = new Function('JsonObject', 'StringBuilder', 'HttpResponse', 'console', 'process', ...names, `${js}\nreturn main;`) as (...args: unknown[]) => () => Promise<void>;
  await main(JsonObject, StringBuilder, HttpResponse, console, { env: {} }, ...names.map((name) => bindings[name]))();
  return printed.join('\n');
}
