// The entry "pathpatch/port": the porting engine behind the CLI, every export by name.
export {
  portScript,
  detectLanguage,
  findLanguage,
  scoreLanguages,
  UnknownLanguageError,
  readScript,
  readWith,
  LANGUAGES,
  generateModule,
  createChilkatEvaluator,
  formatDiagnostic,
  unsupportedDiagnostics,
  builtinFor,
  BUILTIN_LANGUAGES,
  BuiltinArgumentError,
  BuiltinError,
  BuiltinUnsupportedError,
  fixedText,
  floatText,
  aspHtmlEncode,
  parseWholeNumber,
  compareVariant,
  dictionaryEntry,
} from './port/index.js';
export type {
  PortOptions,
  PortResult,
  DetectOptions,
  LanguageSpec,
  CodegenOptions,
  Generated,
  PortStyle,
  PathEvaluator,
  ModelUpdate,
  UpdateOutcome,
  Diagnostic,
  IrNode,
  IrScript,
  IrValue,
} from './port/index.js';
export { executeIr, redactedHeaders } from './port/execute-ir.js';
export type { ExecutedRequest, Execution } from './port/execute-ir.js';
export { payloadFromIr } from './port/build-from-ir.js';
export { jsonSampleToIr, postmanToIr, curlToIr, PostmanError, CurlError, JsonSyntaxError } from './port/sources/index.js';
