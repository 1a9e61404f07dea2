// printf-style formats per language against what python3, perl, java and gcc printed (facts.json), and the
// TypeScript the emitter writes for a literal format, run and compared with the run-time result.
import { describe, expect, it } from 'vitest';
import { BuiltinArgumentError, BuiltinUnsupportedError } from '../../../src/port/builtins/errors.js';
import { fixedText, floatText } from '../../../src/port/builtins/number-text.js';
import { emitPrintf, formatPrintf, PRINTF } from '../../../src/port/builtins/printf.js';
import { float, integer, text, type ScriptValue } from '../../../src/port/builtins/value.js';
import { FACT_FORMATS, type FactFormat, type Facts } from './fact-inputs.js';
import recorded from './facts.json' with { type: 'json' };

const facts = recorded as Facts;

function valueOf([, kind, value]: FactFormat): ScriptValue {
  return kind === 'text' ? text(String(value)) : kind === 'integer' ? integer(Number(value)) : float(Number(value));
}

/** Evaluates emitted code with the run-time helpers a generated module imports from pathpatch/port. */
function evaluate(code: string, bindings: Record<string, unknown>): unknown {
  const names = Object.keys(bindings);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the emitter's output is the thing under test
  return new Function('floatText', 'fixedText', ...names, `return (${code});`)(floatText, fixedText, ...names.map((name) => bindings[name]));
}

describe('formatPrintf', () => {
  it.each([['c'], ['python'], ['perl'], ['java']] as const)('fills every recorded format as %s does, or says the directive is not translated', (language) => {
    const dialect = PRINTF[language];
    FACT_FORMATS.forEach((fact, index) => {
      const [format] = fact;
      const verb = /%[-+ 0#]*\d*(?:\.\d+)?([a-zA-Z])/.exec(format)?.[1] ?? '%';
      if (verb !== '%' && !dialect.verbs.includes(verb)) {
        expect(() => formatPrintf(dialect, 'sprintf', format, [valueOf(fact)])).toThrow(BuiltinUnsupportedError);
        return;
      }
      expect(formatPrintf(dialect, 'sprintf', format, [valueOf(fact)]), `${format} (${language})`).toBe(facts[language]?.format[index]);
    });
  });

  it('writes a number for %s the language\'s way, and refuses one in C', () => {
    expect(formatPrintf(PRINTF.java, 'String.format', '%s', [float(10)])).toBe('10.0');
    expect(formatPrintf(PRINTF.python, '%', '%s', [float(10)])).toBe('10.0');
    expect(formatPrintf(PRINTF.go, 'fmt.Sprintf', '%v/%v', [float(10), integer(3)])).toBe('10/3');
    expect(() => formatPrintf(PRINTF.c, 'sprintf', '%s', [integer(3)])).toThrow('sprintf: argument 1 must be text for "%s", not an integer');
  });

  it('truncates a float for %d only where the language does', () => {
    expect(formatPrintf(PRINTF.python, '%', '%d', [float(3.7)])).toBe('3');
    expect(() => formatPrintf(PRINTF.java, 'String.format', '%d', [float(3.7)])).toThrow(BuiltinArgumentError);
  });

  it('says which value is missing', () => {
    expect(() => formatPrintf(PRINTF.c, 'sprintf', '%d-%d', [integer(1)])).toThrow('sprintf: argument 2 must be a value for "%d", not nothing');
  });

  it('gives Delphi\'s %f two decimals', () => {
    expect(formatPrintf(PRINTF.delphi, 'Format', '%f', [float(3.14159)])).toBe('3.14');
  });
});

describe('emitPrintf', () => {
  it('writes a literal format as a template literal that gives what run gives', () => {
    const cases: [keyof typeof PRINTF, string, ScriptValue[]][] = [
      ['c', 'callbacks[%d]', [integer(4)]],
      ['c', 'https://%s/oauth/callback', [text('desktop.acme.example')]],
      ['go', '%d connections synced', [integer(3)]],
      ['go', 'client_metadata.connection_%d', [integer(0)]],
      ['python', 'Closed by bot after %d fields', [integer(3)]],
      ['java', 'price %.2f and %s', [float(2.675), float(10)]],
      ['php', '100%% of `%s` ${x}', [text('a\\b')]],
    ];
    for (const [language, format, values] of cases) {
      const names = values.map((_, index) => `v${String(index)}`);
      const emitted = emitPrintf(PRINTF[language], 'sprintf', format, values.map((value, index) => ({ code: names[index] ?? '', kind: value.kind })));
      const bindings = Object.fromEntries(values.map((value, index) => [names[index] ?? '', 'value' in value ? value.value : null]));
      expect(evaluate(emitted.code, bindings), `${language} ${format}`).toBe(formatPrintf(PRINTF[language], 'sprintf', format, values));
    }
  });

  it('writes the plain cases without helpers', () => {
    expect(emitPrintf(PRINTF.c, 'snprintf', 'callbacks[%d]', [{ code: 'i', kind: 'integer' }])).toEqual({ code: '`callbacks[${i}]`', kind: 'text' });
    expect(emitPrintf(PRINTF.java, 'String.format', '%s', [{ code: 'd', kind: 'float' }])).toEqual({ code: "floatText('java', d)", kind: 'text', imports: ['floatText'] });
  });

  it('reports widths, flags and values of unknown kind instead of guessing', () => {
    expect(() => emitPrintf(PRINTF.c, 'sprintf', '%05d', [{ code: 'i', kind: 'integer' }])).toThrow('sprintf: the directive "%05d" on an integer is not translated');
    expect(() => emitPrintf(PRINTF.go, 'fmt.Sprintf', '%v', [{ code: 'x', kind: 'unknown' }])).toThrow(BuiltinArgumentError);
  });
});
