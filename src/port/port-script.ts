/**
 * Ports a legacy Chilkat script to TypeScript in one call: read, evaluate, generate.
 *
 * @example
 * portScript(source, { file: 'update.au3' }).code.includes('buildPayload'); //=> true
 */
import type { PathEvaluator } from './chilkat-evaluator.js';
import { generateModule, type PortStyle } from './codegen/index.js';
import { detectLanguage } from './detect.js';
import { formatDiagnostic, type Diagnostic, type IrScript } from './ir.js';
import { readWith } from './read-script.js';
import { readProgram } from './ast/read-program.js';
import { translateBuilder, translateChilkat } from './translate/index.js';
import { ExpressionError } from './expression.js';
import type { LanguageSpec } from './language-spec.js';

/**
 * Options of {@link portScript}.
 *
 * @example
 * portScript(source, { file: 'legacy.txt', lang: 'vb6', style: 'chilkat' });
 */
export interface PortOptions {
  /** The script's file name (diagnostics, extension hint). @default 'script' */
  readonly file?: string;
  /** Override detection with a language id or alias. */
  readonly lang?: string;
  /** @default 'builder' */
  readonly style?: PortStyle;
  /** The Chilkat-semantics evaluation step. */
  readonly evaluator?: () => PathEvaluator;
}

/**
 * The result of porting one script.
 *
 * @example
 * portScript(source, { file: 'a.au3' }).messages; //=> ['a.au3:22: JsonObject.UpdateBd is not ported']
 */
export interface PortResult {
  readonly language: string;
  readonly ir: IrScript;
  readonly code: string;
  readonly diagnostics: readonly Diagnostic[];
  /** `FILE:LINE: message` lines, for stderr. */
  readonly messages: readonly string[];
}

/**
 * Ports a script.
 *
 * @param source - The script text.
 * @param options - File name, language, style, evaluator.
 * @returns The module, the IR and the diagnostics.
 * @throws {@link UnknownLanguageError} when the language is unknown or cannot be detected.
 * @example
 * portScript('$j = ObjCreate("Chilkat.JsonObject")\n$j.Foo()', { file: 'a.au3' }).messages; //=> ['a.au3:2: JsonObject.Foo is not ported']
 */
export function portScript(source: string, options: PortOptions = {}): PortResult {
  const file = options.file ?? 'script';
  const spec = detectLanguage(source, { file, ...(options.lang === undefined ? {} : { lang: options.lang }) });
  const ir = readWith(source, spec);
  const generated = generateModule(ir, {
    file,
    languageName: spec.name,
    ...(options.style === undefined ? {} : { style: options.style }),
    ...(options.evaluator === undefined ? {} : { evaluator: options.evaluator }),
  });
  // Where the flat port has to report something (a loop over data, a condition, a built-in), both styles
  // translate the script's statements instead, keeping its shape; scripts the flat port handles stay as they were.
  if (generated.diagnostics.length > 0) {
    const translated = translateStatements(source, spec, file, options.style ?? 'builder');
    if (translated !== undefined) return { language: spec.id, ir, code: translated, diagnostics: [], messages: [] };
  }
  return {
    language: spec.id,
    ir,
    code: generated.code,
    diagnostics: generated.diagnostics,
    messages: generated.diagnostics.map((diagnostic) => formatDiagnostic(file, diagnostic)),
  };
}

/**
 * The translation of a script's statements in one style, or `undefined` when it is not translated. A
 * script the statement reader refuses (an expression nested past the parser's limit) keeps the flat
 * port, which has reported it already.
 */
function translateStatements(source: string, spec: LanguageSpec, file: string, style: PortStyle): string | undefined {
  try {
    const program = readProgram(source, spec);
    const translated = style === 'chilkat' ? translateChilkat(program, spec, file) : translateBuilder(program, spec, file);
    return 'code' in translated ? translated.code : undefined;
  } catch (error) {
    if (error instanceof ExpressionError) return undefined;
    throw error;
  }
}
