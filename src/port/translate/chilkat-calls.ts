/**
 * Chilkat calls in chilkat style: each `JsonObject`/`Http` call of the script
 * becomes the same call on `pathpatch/chilkat`, with its arguments converted
 * to the types those methods take (`UpdateBool(p, 0)` → `false`), secrets
 * read from the environment, and sends awaited.
 *
 * @example
 * chilkatCall(writer, json, 'UpdateInt', [path, value]); //=> "json.UpdateInt('a', 1)"
 */
import { canonicalMethod, setterProperty } from '../chilkat-names.js';
import { credentialValue, filledUrlSource, headerValueSource } from '../codegen/request-plan.js';
import type { Expression } from '../ast/index.js';
import type { ExpressionWriter } from './expressions.js';
import type { Typed } from './scope.js';

/** Each method's parameters: `text`, `integer`, `boolean`, a Chilkat class, or `verbatim` (kept as the script wrote it). */
const METHODS: Readonly<Record<string, readonly string[]>> = {
  UpdateString: ['text', 'text'], UpdateInt: ['text', 'integer'], UpdateBool: ['text', 'boolean'], UpdateNumber: ['text', 'text'],
  UpdateNull: ['text'], UpdateNewObject: ['text'], UpdateNewArray: ['text'], EmitSb: ['StringBuilder'], Load: ['text'], Clear: [], Delete: ['text'],
  SetRequestHeader: ['header-name', 'header-value'],
};
/** Sends: parameters after which the call returns a response (flags are written `false`, as the shim ignores them). */
const SENDS: Readonly<Record<string, readonly string[]>> = {
  PTextSb: ['text', 'url', 'StringBuilder', 'text', 'text', 'flag', 'flag'],
  PostJson3: ['url', 'text', 'JsonObject'],
};
/** Calls that only release or dispose: nothing to write. */
const RELEASES = /^(?:Dispose\w*|Release|Free|delete)$/;

/** The name a language gives a Chilkat method (`put_AuthToken`, `SetAuthToken`, `putAuthToken`, `stringOf`, `ckUpdateString`). */
function canonical(target: Typed, name: string): { readonly name: string; readonly setter: boolean } {
  if (target.cls !== undefined && setterProperty(target.cls, name) === 'AuthToken') return { name: 'AuthToken', setter: true };
  return { name: canonicalMethod(name), setter: false };
}

/**
 * Writes a Chilkat call as a TypeScript expression, or `undefined` for a call with nothing to write (a release).
 *
 * @param writer - The expression writer.
 * @param target - The Chilkat object.
 * @param method - The method as the script spells it.
 * @param args - The script's arguments.
 * @param env - Environment variables the module reads (added to).
 * @returns The call, whether it sends (awaited, returns a response), and the response's class.
 */
export function chilkatCall(writer: ExpressionWriter, target: Typed, method: string, args: readonly Expression[], env: Set<string>): { code: string; sends: boolean } | undefined {
  if (RELEASES.test(method)) return undefined;
  const { name, setter } = canonical(target, method);
  if (setter) {
    const [value] = args;
    if (value === undefined || args.length !== 1) return writer.fail(`${method} without one value`);
    return { code: `${target.code}.AuthToken = ${credential(writer, 'AuthToken', value, env)}`, sends: false };
  }
  const send = SENDS[name];
  const parameters = send ?? METHODS[name];
  if (parameters === undefined || (target.cls !== 'Http' && send !== undefined)) return writer.fail(`the call ${target.cls ?? 'Chilkat'}.${method}`);
  if (args.length !== parameters.length) return writer.fail(`${method} with ${String(args.length)} arguments`);
  const written = args.map((arg, index) => {
    const parameter = parameters[index] ?? 'verbatim';
    // Secrets never reach the output: a literal header value or URL is written the way the flat port writes it
    // (secret headers, userinfo and placeholders read from the environment).
    if (parameter === 'header-name' && arg.kind !== 'string') return writer.fail(`${method} with a header name that is not a text constant`);
    if (parameter === 'header-value' && arg.kind === 'string' && args[0]?.kind === 'string') return fromEnvironment(headerValueSource(args[0].value, arg.value), env);
    if (parameter === 'header-value' && args[0]?.kind === 'string' && /auth|key|token|secret|password|cookie/i.test(args[0].value)) return writer.fail(`a computed value for the ${args[0].value} header`);
    if (parameter === 'url' && arg.kind === 'string') return fromEnvironment(filledUrlSource(arg.value), env);
    return argument(writer, parameter === 'header-name' || parameter === 'header-value' || parameter === 'url' ? 'text' : parameter, arg, method);
  });
  return { code: `${send === undefined ? '' : 'await '}${target.code}.${name}(${written.join(', ')})`, sends: send !== undefined };
}

/**
 * The source of a credential the script sets on its Http object: a literal becomes an environment read
 * (the same names as the IR ports use), anything computed is written as computed.
 */
export function credential(writer: ExpressionWriter, property: 'AuthToken', value: Expression, env: Set<string>): string {
  if (value.kind === 'string') {
    const read = credentialValue(property, value.value);
    if (read.env !== '') env.add(read.env);
    return read.source;
  }
  const typed = writer.write(value);
  if (typed.kind !== 'text') return writer.fail(`${property} set to a ${typed.kind}`);
  return typed.code;
}

/** Source code that reads environment variables, with their names added to `env`. */
function fromEnvironment(source: string, env: Set<string>): string {
  for (const match of source.matchAll(/env\('([^']+)'\)/g)) if (match[1] !== undefined) env.add(match[1]);
  return source;
}

function argument(writer: ExpressionWriter, parameter: string, arg: Expression, method: string): string {
  if (parameter === 'flag') return 'false';
  const value = writer.write(arg);
  switch (parameter) {
    case 'text':
      return value.kind === 'text' ? value.code : writer.fail(`${method} given a ${value.kind} where it takes text`);
    case 'integer':
      return value.kind === 'integer' ? value.code : writer.fail(`${method} given a ${value.kind} where it takes an integer`);
    case 'boolean':
      if (value.kind === 'boolean') return value.code;
      // VB, PHP ActiveX and FoxPro write Chilkat booleans as 1 and 0.
      if (value.kind === 'integer') return /^\d+$/.test(value.code) ? String(value.code !== '0') : `${value.code} !== 0`;
      return writer.fail(`${method} given a ${value.kind} where it takes a boolean`);
    default:
      return value.kind === 'object' && value.cls === parameter ? value.code : writer.fail(`${method} given something other than a ${parameter}`);
  }
}
