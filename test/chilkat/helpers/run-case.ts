// Replays a case in the oracle's format on pathpatch's JsonObject, through the Node-binding model,
// and records what the oracle records. Used by the golden test and by the fuzzer.
import { JsonArray } from '../../../src/chilkat/json-array.js';
import { JsonObject } from '../../../src/chilkat/json-object.js';
import { StringBuilder } from '../../../src/chilkat/string-builder.js';
import { bindingBool, bindingInt, bindingResultString, bindingString, bindingUInt, toHex } from './node-binding.js';

export interface ChilkatOp {
  m: string;
  p?: unknown;
  v?: unknown;
  args?: unknown[];
  sb?: string;
}

export interface ChilkatCase {
  id?: string;
  note?: string;
  settings?: Record<string, unknown>;
  load?: string;
  ops: ChilkatOp[];
  emitBytes?: boolean;
  lms?: boolean;
}

export interface ChilkatOutcome {
  results: unknown[];
  emit: string;
  emitHex?: string;
  lms?: boolean[];
  /** LastErrorText after each op (ours only; never compared). */
  why: string[];
}

type ArgKind = 'string' | 'int' | 'uint' | 'bool' | 'sb' | 'number-text';

const VALUE_KIND: Record<string, ArgKind> = {
  UpdateString: 'string',
  SetStringOf: 'string',
  UpdateInt: 'int',
  SetIntOf: 'int',
  UpdateUInt: 'uint',
  UpdateBool: 'bool',
  SetBoolOf: 'bool',
  UpdateNumber: 'number-text',
  SetNumberOf: 'number-text',
  UpdateSb: 'sb',
  StringOfSb: 'sb',
};

const ARG_KINDS: Record<string, ArgKind[]> = {
  AddStringAt: ['int', 'string', 'string'],
  AddIntAt: ['int', 'string', 'int'],
  AddBoolAt: ['int', 'string', 'bool'],
  AddNullAt: ['int', 'string'],
  AddNumberAt: ['int', 'string', 'number-text'],
  AddObjectAt: ['int', 'string'],
  AddArrayAt: ['int', 'string'],
  AppendString: ['string', 'string'],
  AppendInt: ['string', 'int'],
  AppendBool: ['string', 'bool'],
  AppendObject: ['string'],
  AppendArray: ['string'],
  UIntOf: ['string'],
  IsNullOf: ['string'],
  NameAt: ['int'],
  StringAt: ['int'],
  IntAt: ['int'],
  BoolAt: ['int'],
  TypeAt: ['int'],
  DeleteAt: ['int'],
  Delete: ['string'],
  Load: ['string'],
  Clear: [],
  SetStringOf: ['string', 'string'],
  SetIntOf: ['string', 'int'],
  SetBoolOf: ['string', 'bool'],
  SetNumberOf: ['string', 'number-text'],
  SetNullOf: ['string'],
};

const PROPS = new Set(['DelimiterChar', 'I', 'J', 'K', 'EmitCompact', 'EmitCrLf', 'PathPrefix', 'LowerCaseNames']);
const READABLE = new Set([...PROPS, 'LastMethodSuccess', 'Size']);

function makeSb(text: unknown): StringBuilder {
  const sb = new StringBuilder();
  sb.Append(bindingString(text));
  return sb;
}

function convertArg(value: unknown, kind: ArgKind | undefined): unknown {
  if (value !== null && typeof value === 'object' && '$sb' in value) return makeSb(value.$sb);
  switch (kind) {
    case 'string':
    case 'number-text':
      return bindingString(value);
    case 'int':
      return bindingInt(value);
    case 'uint':
      return bindingUInt(value);
    case 'bool':
      return bindingBool(value);
    case 'sb':
      return makeSb(value);
    default:
      return typeof value === 'string' ? bindingString(value) : value;
  }
}

function convertResult(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return bindingResultString(value);
  if (value instanceof JsonObject) return { $obj: bindingResultString(value.Emit()) };
  if (value instanceof JsonArray) return { $arr: bindingResultString(value.Emit()) };
  if (value instanceof StringBuilder) return { $sb: bindingResultString(value.GetAsString()) };
  return value;
}

function setProp(json: JsonObject, name: string, value: unknown): void {
  const target = json as unknown as Record<string, unknown>;
  if (name === 'DelimiterChar' || name === 'PathPrefix') target[name] = bindingString(value);
  else if (name === 'I' || name === 'J' || name === 'K') target[name] = bindingInt(value);
  else target[name] = bindingBool(value);
}

function readProp(json: JsonObject, name: string): unknown {
  return convertResult((json as unknown as Record<string, unknown>)[name]);
}

function runOp(json: JsonObject, op: ChilkatOp): unknown {
  const { m } = op;
  if (m === 'set') {
    const back: Record<string, unknown> = {};
    for (const [name, value] of Object.entries((op.v ?? {}) as Record<string, unknown>)) {
      if (!PROPS.has(name)) throw new Error(`unknown setting ${name}`);
      setProp(json, name, value);
      back[name] = readProp(json, name);
    }
    return back;
  }
  if (m === 'get') return readProp(json, String(op.v));
  if (READABLE.has(m) && op.args === undefined && op.p === undefined) return readProp(json, m);
  if (m === 'EmitBytes') return toHex(json.Emit());
  const method = (json as unknown as Record<string, unknown>)[m];
  if (typeof method !== 'function') throw new Error(`unknown method ${m}`);
  let args: unknown[];
  if (Array.isArray(op.args)) {
    const kinds = ARG_KINDS[m] ?? ['string', VALUE_KIND[m] ?? 'string'];
    args = op.args.map((arg, index) => convertArg(arg, kinds[index]));
  } else {
    args = [];
    if (op.p !== undefined) args.push(bindingString(op.p));
    if (op.v !== undefined) args.push(convertArg(op.v, VALUE_KIND[m]));
    if (m === 'EmitSb' || m === 'StringOfSb') args.push(makeSb(op.sb ?? ''));
  }
  const result: unknown = (method as (...a: unknown[]) => unknown).apply(json, args);
  // The binding hands unsigned results back as signed 32-bit numbers (4294967295 reads -1).
  if (m === 'UIntOf' && typeof result === 'number') return result | 0;
  if (m === 'EmitSb' || m === 'StringOfSb') {
    const sb = args[args.length - 1] as StringBuilder;
    return { ret: convertResult(result), sb: bindingResultString(sb.GetAsString()) };
  }
  return convertResult(result);
}

/** Runs one case; `invalidJson` picks the JsonObject mode. */
export function runChilkatCase(testCase: ChilkatCase, invalidJson: 'allow' | 'refuse'): ChilkatOutcome {
  const json = new JsonObject({ invalidJson });
  for (const [name, value] of Object.entries(testCase.settings ?? {})) setProp(json, name, value);
  if (testCase.load !== undefined && testCase.load !== null) json.Load(bindingString(testCase.load));
  const results: unknown[] = [];
  const lms: boolean[] = [];
  const why: string[] = [];
  for (const op of testCase.ops) {
    let result: unknown;
    try {
      result = runOp(json, op);
    } catch (error) {
      result = { $throw: error instanceof Error ? error.message : String(error) };
    }
    results.push(result);
    lms.push(json.LastMethodSuccess);
    why.push(json.LastErrorText);
  }
  const emitText = json.Emit();
  const outcome: ChilkatOutcome = { results, emit: bindingResultString(emitText), why };
  if (testCase.emitBytes) outcome.emitHex = toHex(emitText);
  if (testCase.lms) outcome.lms = lms;
  return outcome;
}
