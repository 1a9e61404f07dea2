// Records how real runtimes turn numbers into text and fill printf-style formats, for the built-in
// tables' tests (test/port/builtins/*.test.ts read facts.json; no runtime is needed there).
// Run where python3, perl, java and gcc are installed: npx tsx test/port/builtins/record-facts.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FACT_FLOATS, FACT_FORMATS, type FactFormat, type Facts } from './fact-inputs.js';

const work = mkdtempSync(join(tmpdir(), 'pathpatch-facts-'));
const lines = (output: string) => output.split('\n').slice(0, -1);
/** A fact's argument in a language's source: text quoted, a double written with a point. */
function literal(kind: FactFormat[1], value: FactFormat[2], language: string): string {
  if (kind === 'text') return JSON.stringify(value);
  if (kind === 'integer') return String(value);
  const written = String(value).includes('.') ? String(value) : `${String(value)}.0`;
  return language === 'java' ? `${written}d` : written;
}

const floats = FACT_FLOATS.map((value) => (Object.is(value, -0) ? '-0.0' : value.toExponential()));

function python(): Facts[string] {
  const floatText = lines(execFileSync('python3', ['-c', `for x in [${floats.join(',')}]: print(str(float(x)))`], { encoding: 'utf8' }));
  const program = FACT_FORMATS.map(([format, kind, value]) => `print(${JSON.stringify(format)} % (${literal(kind, value, 'python')},))`).join('\n');
  return { floatText, format: lines(execFileSync('python3', ['-c', program], { encoding: 'utf8' })) };
}

function perl(): Facts[string] {
  const floatText = lines(execFileSync('perl', ['-e', `for my $x (${floats.map((f) => (f === '-0.0' ? '-1.0*0.0' : f)).join(',')}) { print "" . $x, "\\n" }`], { encoding: 'utf8' }));
  const program = FACT_FORMATS.map(([format, kind, value]) => `print sprintf(${JSON.stringify(format)}, ${literal(kind, value, 'perl')}), "\\n";`).join('\n');
  return { floatText, format: lines(execFileSync('perl', ['-e', program], { encoding: 'utf8' })) };
}

function java(): Facts[string] {
  const source = [
    'public class Facts { public static void main(String[] a) {',
    `  double[] xs = { ${floats.join(', ')} };`,
    '  for (double x : xs) System.out.println(String.valueOf(x));',
    ...FACT_FORMATS.map(([format, kind, value]) => `  System.out.println(String.format(${JSON.stringify(format)}, ${literal(kind, value, 'java')}));`),
    '} }',
  ].join('\n');
  writeFileSync(join(work, 'Facts.java'), source);
  execFileSync('javac', ['Facts.java'], { cwd: work });
  const output = lines(execFileSync('java', ['-cp', work, 'Facts'], { encoding: 'utf8' }));
  return { floatText: output.slice(0, floats.length), format: output.slice(floats.length) };
}

function c(): Facts[string] {
  const source = [
    '#include <stdio.h>',
    'int main(void) {',
    ...FACT_FORMATS.map(([format, kind, value]) => `  printf(${JSON.stringify(`${format}\n`)}, ${literal(kind, value, 'c')});`),
    '  return 0; }',
  ].join('\n');
  writeFileSync(join(work, 'facts.c'), source);
  execFileSync('gcc', ['-w', '-o', join(work, 'facts'), join(work, 'facts.c')]);
  return { floatText: [], format: lines(execFileSync(join(work, 'facts'), { encoding: 'utf8' })) };
}

try {
  const facts: Facts = { python: python(), perl: perl(), java: java(), c: c() };
  writeFileSync(new URL('facts.json', import.meta.url), `${JSON.stringify(facts, null, 1)}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
