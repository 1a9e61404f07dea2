/**
 * `pathpatch/port`: read legacy Chilkat scripts in ~30 languages and write TypeScript.
 *
 * @example
 * import { portScript } from 'pathpatch/port';
 * portScript(source, { file: 'update.au3' }).code;
 */
export { portScript } from './port-script.js';
export type { PortOptions, PortResult } from './port-script.js';
export { detectLanguage, findLanguage, scoreLanguages, UnknownLanguageError } from './detect.js';
export type { DetectOptions } from './detect.js';
export { readScript, readWith } from './read-script.js';
export { LANGUAGES } from './languages/index.js';
export type { LanguageSpec, LoopStyle, StatementShape, StringRule } from './language-spec.js';
export { generateModule } from './codegen/index.js';
export type { CodegenOptions, Generated, PortStyle } from './codegen/index.js';
export { createChilkatEvaluator } from './chilkat-evaluator.js';
export { planChain, belongsToBody } from './plan/index.js';
export type { ChainPlan, ChainStep } from './plan/index.js';
export type { ModelUpdate, PathEvaluator, UpdateOutcome } from './chilkat-evaluator.js';
export { formatDiagnostic, unsupportedDiagnostics } from './ir.js';
export type { Diagnostic, HttpOption, IrBody, IrClass, IrKind, IrNode, IrScript, IrValue, JsonOption, UpdateMethod } from './ir.js';
export { aspHtmlEncode, builtinFor, BUILTIN_LANGUAGES, BuiltinArgumentError, BuiltinError, BuiltinUnsupportedError, compareVariant, dictionaryEntry, fixedText, floatText, parseWholeNumber } from './builtins/index.js';
export type { Builtin, Emitted, FloatStyle, Operand, RuntimeImport, ScriptValue, ValueKind } from './builtins/index.js';
