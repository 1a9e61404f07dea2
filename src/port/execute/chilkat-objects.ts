/**
 * Chilkat objects while `run` executes a script: `JsonObject` and `StringBuilder` are
 * `pathpatch/chilkat`'s own (the one engine: the same path rules, I/J/K, Load, Clear, Emit),
 * `Http` records what the request will carry, `HttpResponse` holds what came back. Method names are
 * matched in every spelling (`put_I`, `getStatusCode`, `ckUpdateString`, `stringOf`).
 *
 * @example
 * callMethod(json, 'UpdateInt', [text('a'), integer(1)]); //=> { kind: 'boolean', value: true }
 */
import { JsonArray } from '../../chilkat/json-array.js';
import { JsonObject } from '../../chilkat/json-object.js';
import { StringBuilder } from '../../chilkat/string-builder.js';
import { applyOption, applyUpdate } from '../chilkat-evaluator.js';
import { canonicalMethod, isUpdateMethod, JSON_READ_METHODS, optionName, propertyName, RELEASE_METHODS, setterProperty } from '../chilkat-names.js';
import type { IrClass, IrValue, JsonOption } from '../ir.js';
import { pathDepthProblem, segmentBound } from '../limits.js';
import { NotTranslated, plain, type ChilkatObject, type PlainValue, type RunValue } from './values.js';

let created = 0;

/**
 * Creates a Chilkat object.
 *
 * @param className - The class.
 * @returns The object, empty.
 * @example
 * createObject('JsonObject').json?.Emit(); //=> '{}'
 */
export function createObject(className: IrClass): ChilkatObject {
  created += 1;
  switch (className) {
    case 'JsonObject': return { className, id: created, json: new JsonObject() };
    case 'JsonArray': return { className, id: created, array: new JsonArray() };
    case 'StringBuilder': return { className, id: created, sb: new StringBuilder() };
    case 'Http': return { className, id: created, http: { headers: [] } };
    default: return { className, id: created };
  }
}

const TRUE: PlainValue = { kind: 'boolean', value: true };

/** A part of a document (`ObjectOf`, `ArrayAt`, ...) as a script value: the engine's object, or null when absent. */
function part(found: JsonObject | JsonArray | null): RunValue {
  created += 1;
  if (found === null) return { kind: 'null' };
  return found instanceof JsonArray ? { kind: 'object', object: { className: 'JsonArray', id: created, array: found } } : { kind: 'object', object: { className: 'JsonObject', id: created, json: found } };
}

function indexArg(value: RunValue | undefined, what: string): number {
  const given = plain(value ?? { kind: 'null' }, what);
  if (given.kind === 'integer' || given.kind === 'float' && Number.isInteger(given.value)) return given.value;
  throw new NotTranslated(`${what} is not a whole number`);
}

/** The methods of a JsonArray that `run` follows; `undefined` for any other. */
function callArrayMethod(array: JsonArray, method: string, args: readonly RunValue[], text: (index: number, what: string) => string): RunValue | undefined {
  const at = (): number => indexArg(args[0], `the index of ${method}`);
  switch (method) {
    case 'ObjectAt': case 'ArrayAt': return part(method === 'ObjectAt' ? array.ObjectAt(at()) : array.ArrayAt(at()));
    case 'AddObjectAt': return { kind: 'boolean', value: array.AddObjectAt(at()) };
    case 'AddArrayAt': return { kind: 'boolean', value: array.AddArrayAt(at()) };
    case 'AddStringAt': return { kind: 'boolean', value: array.AddStringAt(at(), text(1, 'value')) };
    case 'AddNumberAt': return { kind: 'boolean', value: array.AddNumberAt(at(), text(1, 'value')) };
    case 'AddIntAt': return { kind: 'boolean', value: array.AddIntAt(at(), indexArg(args[1], `the value of ${method}`)) };
    case 'AddNullAt': return { kind: 'boolean', value: array.AddNullAt(at()) };
    case 'DeleteAt': return { kind: 'boolean', value: array.DeleteAt(at()) };
    case 'StringAt': { const found = array.StringAt(at()); return found === null ? { kind: 'null' } : { kind: 'text', value: found }; }
    case 'IntAt': return { kind: 'integer', value: array.IntAt(at()) };
    case 'Load': return { kind: 'boolean', value: array.Load(text(0, 'text')) };
    case 'Clear': array.Clear(); return TRUE;
    case 'Emit': return { kind: 'text', value: array.Emit() };
    case 'EmitSb': return { kind: 'boolean', value: array.EmitSb(objectArg(args[0], 'StringBuilder', 'the argument of EmitSb').sb ?? new StringBuilder()) };
    default: return undefined;
  }
}

/** The text a value gives a Chilkat call that takes text. */
function textArg(value: RunValue | undefined, what: string, asText: (value: PlainValue) => string): string {
  return asText(plain(value ?? { kind: 'null' }, what));
}

function irValue(method: string, value: RunValue | undefined, asText: (value: PlainValue) => string): IrValue | undefined {
  if (method === 'UpdateNull' || method === 'UpdateNewObject' || method === 'UpdateNewArray' || method === 'UpdateSb') return undefined;
  const given = plain(value ?? { kind: 'null' }, `the value of ${method}`);
  if (method === 'UpdateString') return { type: 'string', value: asText(given) };
  if (method === 'UpdateNumber') return { type: 'number', text: asText(given) };
  if (method === 'UpdateBool') {
    if (given.kind === 'boolean') return { type: 'boolean', value: given.value };
    if (given.kind === 'integer' || given.kind === 'float') return { type: 'boolean', value: given.value !== 0 };
    throw new NotTranslated(`UpdateBool is given ${given.kind === 'text' ? 'text' : `a ${given.kind}`}`);
  }
  // UpdateInt, UpdateUInt: a whole number.
  if ((given.kind === 'integer' || given.kind === 'float') && Number.isInteger(given.value)) return { type: 'number', text: String(given.value) };
  if (given.kind === 'boolean') return { type: 'number', text: given.value ? '1' : '0' };
  throw new NotTranslated(`${method} is given ${given.kind === 'text' ? `the text ${JSON.stringify(given.value)}` : `a ${given.kind}`}`);
}

/**
 * Reads a property (`json.I`, `resp.StatusCode`, `resp.BodyStr`, `sb.ControlInterface`).
 *
 * @param object - The object.
 * @param raw - The property as written.
 * @returns Its value; a response's body is unknown when the request was not made.
 * @example
 * getProperty(json, 'Size'); //=> { kind: 'integer', value: 0 }
 */
export function getProperty(object: ChilkatObject, raw: string): RunValue {
  const name = propertyName(raw);
  if (name === 'ControlInterface') return { kind: 'object', object };
  if (name === 'LastMethodSuccess') return TRUE;
  if (name === 'LastErrorText') return { kind: 'text', value: object.json?.LastErrorText ?? '' };
  if (object.json) {
    const json = object.json;
    if (name === 'I' || name === 'J' || name === 'K' || name === 'Size') return { kind: 'integer', value: json[name] };
    if (name === 'EmitCompact' || name === 'EmitCrLf') return { kind: 'boolean', value: json[name] };
    if (name === 'DelimiterChar') return { kind: 'text', value: json.DelimiterChar };
    if (name === 'Emit') return { kind: 'text', value: json.Emit() };
  }
  if (object.array) {
    if (name === 'Size') return { kind: 'integer', value: object.array.Size };
    if (name === 'Emit') return { kind: 'text', value: object.array.Emit() };
  }
  if (object.response) {
    const { response } = object;
    const missing = { kind: 'unknown', why: `the response of the request on line ${String(response.line)}, which --dry-run does not make`, awaitsResponse: true } as const;
    if (name === 'StatusCode') return response.status === undefined ? missing : { kind: 'integer', value: response.status };
    if (name === 'BodyStr') return response.body === undefined ? missing : { kind: 'text', value: response.body };
  }
  throw new NotTranslated(`${object.className}.${name} is not ported`);
}

/**
 * Sets a property (`json.I = 1`, `http.AuthToken = t`).
 *
 * @param object - The object.
 * @param raw - The property as written.
 * @param value - The value.
 * @param asText - The language's text of a value.
 * @example
 * setProperty(json, 'EmitCompact', { kind: 'boolean', value: false }, text);
 */
export function setProperty(object: ChilkatObject, raw: string, value: RunValue, asText: (value: PlainValue) => string): void {
  const name = optionName(object.className, propertyName(raw.replace(/^(?:put_?|set_?)(?=[A-Z])/, '')));
  if (object.json && name !== undefined) {
    const given = plain(value, `the value of JsonObject.${name}`);
    const option = name as JsonOption;
    applyOption(object.json, option, option === 'DelimiterChar' ? asText(given) : given.kind === 'boolean' ? given.value : given.kind === 'text' ? given.value : given.kind === 'integer' || given.kind === 'float' ? given.value : 0);
    return;
  }
  if (object.http && name !== undefined) {
    // A credential read from a response is not known in --dry-run; it is printed redacted either way.
    const secret = value.kind === 'unknown' ? `[${value.why}]` : undefined;
    const text = (): string => secret ?? textArg(value, `the value of Http.${name}`, asText);
    if (name === 'AuthToken') object.http.token = text();
    else if (name === 'Login') object.http.login = text();
    else if (name === 'Password') object.http.password = text();
    else if (name === 'BasicAuth') object.http.basicAuth = plain(value, 'the value of Http.BasicAuth').kind === 'boolean' ? (value as { value: boolean }).value : Boolean((value as { value: unknown }).value);
    else if (name === 'Accept') object.http.headers.push(['Accept', text()]);
    else object.http.headers.push(['User-Agent', text()]);
    return;
  }
  throw new NotTranslated(`${object.className}.${propertyName(raw)} is not ported`);
}

function objectArg(value: RunValue | undefined, className: IrClass, what: string): ChilkatObject {
  if (value?.kind === 'object' && value.object.className === className) return value.object;
  throw new NotTranslated(`${what} is not a ${className} the porter follows`);
}

/**
 * Calls a method that is not a request (`Update*`, `Load`, `Clear`, `Delete`, `Emit`, `EmitSb`, `StringOf`,
 * `Append`, `GetAsString`, `SetRequestHeader`, setters, releases).
 *
 * @param object - The receiver.
 * @param raw - The method as written.
 * @param args - The arguments' values.
 * @param asText - The language's text of a value.
 * @returns The result.
 * @throws {@link NotTranslated} for a method the porter does not run.
 * @example
 * callMethod(sb, 'Append', [{ kind: 'text', value: 'x' }], text); //=> { kind: 'boolean', value: true }
 */
export function callMethod(object: ChilkatObject, raw: string, args: readonly RunValue[], asText: (value: PlainValue) => string): RunValue {
  const method = canonicalMethod(raw);
  const property = setterProperty(object.className, raw);
  if (property !== undefined) {
    setProperty(object, property, args[0] ?? { kind: 'null' }, asText);
    return TRUE;
  }
  if (RELEASE_METHODS.has(method) || /^Dispose/.test(method)) {
    if (!(object.json && args.length > 0)) return TRUE;
  }
  const text = (index: number, what: string): string => textArg(args[index], `the ${what} of ${method}`, asText);
  const { json, sb, http } = object;
  if (json && method === 'Load' && args[0]?.kind === 'unknown') {
    // Loading a response `--dry-run` did not get: the object's content is not known from here on.
    object.pending = args[0];
    return args[0];
  }
  if (json && method === 'Clear') delete object.pending;
  if (json && object.pending !== undefined && (JSON_READ_METHODS.has(method) || method === 'Emit' || method === 'EmitSb')) {
    if (method === 'EmitSb') throw new NotTranslated(`the JsonObject holds ${object.pending.why}`, object.pending.awaitsResponse === true);
    return object.pending;
  }
  if (json) {
    if (isUpdateMethod(method)) {
      const tooDeep = pathDepthProblem(method, segmentBound(text(0, 'path'), json.DelimiterChar.slice(0, 1) || '.'));
      if (tooDeep !== undefined) throw new NotTranslated(tooDeep);
      const source = method === 'UpdateSb' ? objectArg(args[1], 'StringBuilder', 'the StringBuilder of UpdateSb').sb : undefined;
      return { kind: 'boolean', value: applyUpdate(json, method, text(0, 'path'), irValue(method, args[1], asText), source) };
    }
    switch (method) {
      case 'Load': return { kind: 'boolean', value: json.Load(text(0, 'text')) };
      case 'LoadSb': return { kind: 'boolean', value: json.LoadSb(objectArg(args[0], 'StringBuilder', 'the argument of LoadSb').sb ?? new StringBuilder()) };
      case 'Clear': json.Clear(); return TRUE;
      case 'Delete': return { kind: 'boolean', value: json.Delete(text(0, 'name')) };
      case 'Emit': return { kind: 'text', value: json.Emit() };
      case 'EmitSb': return { kind: 'boolean', value: json.EmitSb(objectArg(args[0], 'StringBuilder', 'the argument of EmitSb').sb ?? new StringBuilder()) };
      case 'StringOf': { const found = json.StringOf(text(0, 'path')); return found === null ? { kind: 'null' } : { kind: 'text', value: found }; }
      case 'IntOf': return { kind: 'integer', value: json.IntOf(text(0, 'path')) };
      case 'BoolOf': return { kind: 'boolean', value: json.BoolOf(text(0, 'path')) };
      case 'SizeOfArray': return { kind: 'integer', value: json.SizeOfArray(text(0, 'path')) };
      case 'HasMember': return { kind: 'boolean', value: json.HasMember(text(0, 'path')) };
      case 'ObjectOf': return part(json.ObjectOf(text(0, 'path')));
      case 'ArrayOf': return part(json.ArrayOf(text(0, 'path')));
      default: break;
    }
  }
  if (object.array) {
    const result = callArrayMethod(object.array, method, args, text);
    if (result !== undefined) return result;
  }
  if (sb) {
    switch (method) {
      case 'Append': return { kind: 'boolean', value: sb.Append(text(0, 'text')) };
      case 'GetAsString': return { kind: 'text', value: sb.GetAsString() };
      case 'Clear': sb.Clear(); return TRUE;
      case 'SetString': return { kind: 'boolean', value: sb.SetString(text(0, 'text')) };
      default: break;
    }
  }
  if (http) {
    if (method === 'SetRequestHeader') {
      const value = args[1]?.kind === 'unknown' ? `[${args[1].why}]` : text(1, 'value');
      http.headers.push([text(0, 'name'), value]);
      return TRUE;
    }
    if (method === 'ClearHeaders') {
      http.headers.length = 0;
      return TRUE;
    }
  }
  // Reading a property through its getter (`get_StatusCode()`, `bodyStr()`, `statusCode()`).
  if (args.length === 0) return getProperty(object, raw);
  throw new NotTranslated(`${object.className}.${method} is not ported`);
}
