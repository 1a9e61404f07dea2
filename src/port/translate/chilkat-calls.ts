/**
 * Chilkat calls in chilkat style: each `JsonObject`/`Http` call of the script
 * becomes the same call on `pathpatch/chilkat`, with its arguments converted
 * to the types those methods take (`UpdateBool(p, 0)` → `false`), secrets
 * read from the environment, and sends awaited.
 *
 * @example
 * new ChilkatCalls(new Set()).call(writer, json, 'UpdateInt', [path, value]); //=> { code: "json.UpdateInt('a', 1)", sends: false }
 */
import { canonicalMethod, setterProperty } from '../chilkat-names.js';
import { credentialSource, filledUrlSource, headerValueSource } from '../codegen/request-source.js';
import type { Expression } from '../ast/index.js';
import type { IrClass } from '../ir.js';
import type { CallWriter, ModuleFrame, WrittenCall } from './call-writer.js';
import { chilkatRead } from './chilkat-reads.js';
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
/**
 * Calls that only release or dispose: nothing to write.
 *
 * @example
 * RELEASES.test('Dispose'); //=> true
 */
export const RELEASES = /^(?:Dispose\w*|Release|Free|delete)$/;

/**
 * The name a language gives a Chilkat method (`put_AuthToken`, `SetAuthToken`, `putAuthToken`, `stringOf`, `ckUpdateString`).
 *
 * @example
 * canonical({ code: 'http', kind: 'object', cls: 'Http' }, 'put_AuthToken'); //=> { name: 'AuthToken', setter: true }
 */
export function canonical(target: Typed, name: string): { readonly name: string; readonly setter: boolean } {
  if (target.cls !== undefined && setterProperty(target.cls, name) === 'AuthToken') return { name: 'AuthToken', setter: true };
  return { name: canonicalMethod(name), setter: false };
}

/**
 * Chilkat style: each call stays the same call on `pathpatch/chilkat`.
 *
 * @example
 * new ChilkatCalls(new Set()).create(writer, 'json', 'JsonObject', 1); //=> ['const json = new JsonObject();']
 */
export class ChilkatCalls implements CallWriter {
  readonly env: Set<string>;
  readonly responseClass = 'HttpResponse';
  readonly reassigns = true;

  constructor(env: Set<string>) {
    this.env = env;
  }

  create(_writer: ExpressionWriter, id: string, cls: IrClass, _depth: number, declare?: 'let' | 'assign'): readonly string[] {
    return [`${declare === 'assign' ? '' : `${declare ?? 'const'} `}${id} = new ${cls}();`];
  }

  /** A helper takes the object itself: its changes are the caller's. */
  parameterType(value: Typed): string | undefined {
    return value.cls;
  }

  call(writer: ExpressionWriter, target: Typed, method: string, args: readonly Expression[], depth: number): WrittenCall | undefined {
    // A setter (`put_AuthToken(t)`, `SetAuthToken(t)`, `json->put_I(i)`) sets the property.
    const property = target.cls === undefined ? undefined : setterProperty(target.cls, method);
    const [value] = args;
    if (property !== undefined) return value !== undefined && args.length === 1 ? { code: this.setProperty(writer, target, property, value, depth).replace(/;$/, ''), sends: false } : writer.fail(`${method} without one value`);
    return chilkatCall(writer, target, method, args, this.env);
  }

  received(id: string, http: string): readonly string[] {
    return [`if (${id} === null) throw new Error(${http}.LastErrorText);`];
  }

  setProperty(writer: ExpressionWriter, target: Typed, name: string, value: Expression, _depth: number): string {
    if (name === 'AuthToken') return `${target.code}.AuthToken = ${credential(writer, 'AuthToken', value, this.env)};`;
    if (target.cls === 'JsonObject' && /^[IJK]$/.test(name)) {
      const written = writer.write(value);
      if (written.kind !== 'integer') return writer.fail(`${name} set to a ${written.kind}`);
      return `${target.code}.${name} = ${written.code};`;
    }
    return writer.fail(`setting ${target.cls ?? 'Chilkat'}.${name}`);
  }

  property(writer: ExpressionWriter, target: Typed, name: string, args?: readonly Expression[]): Typed {
    return chilkatRead(writer, target, name, args);
  }

  frame(lines: readonly string[], helpers: ReadonlySet<string>): ModuleFrame {
    // Classes the module creates, or that a helper takes.
    const uses = (name: string): boolean => lines.some((line) => line.includes(`new ${name}()`) || line.includes(`: ${name}`));
    const classes = ['JsonObject', 'StringBuilder'].filter(uses);
    const imports = [
      ...(classes.length > 0 ? [`import { ${classes.join(', ')} } from 'pathpatch/chilkat';`] : []),
      ...(uses('Http') ? ["import { Http } from 'pathpatch/chilkat/http';"] : []),
      ...(helpers.size > 0 ? [`import { ${[...helpers].sort().join(', ')} } from 'pathpatch/port';`] : []),
    ];
    return { imports, declarations: [], summary: 'Runs the script as it was written, on pathpatch/chilkat.' };
  }
}

/** Writes a Chilkat call as a TypeScript expression, or `undefined` for a call with nothing to write (a release). */
function chilkatCall(writer: ExpressionWriter, target: Typed, method: string, args: readonly Expression[], env: Set<string>): WrittenCall | undefined {
  if (RELEASES.test(method)) return undefined;
  // Setters were written by call() as property assignments.
  const { name } = canonical(target, method);
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
 *
 * @example
 * credential(writer, 'AuthToken', { kind: 'string', value: 'abc' }, env); //=> "env('AUTH_TOKEN')"
 */
export function credential(writer: ExpressionWriter, property: 'AuthToken', value: Expression, env: Set<string>): string {
  if (value.kind === 'string') {
    const read = credentialSource(property, value.value);
    if (read.env !== '') env.add(read.env);
    return read.source;
  }
  const typed = writer.write(value);
  if (typed.kind !== 'text') return writer.fail(`${property} set to a ${typed.kind}`);
  return typed.code;
}

/**
 * Source code that reads environment variables, with their names added to `env`.
 *
 * @example
 * fromEnvironment("env('TOKEN')", env); //=> "env('TOKEN')" (and env has TOKEN)
 */
export function fromEnvironment(source: string, env: Set<string>): string {
  for (const match of source.matchAll(/env\('([^']+)'\)/g)) if (match[1] !== undefined) env.add(match[1]);
  return source;
}

/**
 * An argument converted to what a Chilkat parameter takes: `text`, `integer`, `boolean` (VB's 1 and 0
 * too), `flag` (ignored, written `false`) or a Chilkat class.
 *
 * @example
 * argument(writer, 'boolean', { kind: 'number', text: '1' }, 'UpdateBool'); //=> 'true'
 */
export function argument(writer: ExpressionWriter, parameter: string, arg: Expression, method: string): string {
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
