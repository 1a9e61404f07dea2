/**
 * Builder style: a script's `JsonObject` becomes an immutable `payload()`
 * builder, reassigned through the script's own control flow
 * (`json = json.set(\`callbacks[${i}]\`, urls[i]!)`), and a send becomes
 * `send(json, { url, method, token, headers })`. The `Http` object and its
 * settings are written into that call (builder-requests.ts), and a
 * `JsonObject` the script loads with a response's text is that response's
 * data (response-data.ts), so a second request can use the first. What the builder
 * cannot say faithfully (reading a value back from a body, `I`/`J`/`K`,
 * pretty output, settings changed inside a block) is refused, and the
 * script goes to the reporting port.
 *
 * @example
 * new BuilderCalls(new Set()).create(writer, 'json', 'JsonObject', 1); //=> ["let json = payload({}, { gaps: 'append', conflicts: 'skip' });"]
 */
import type { Expression } from '../ast/index.js';
import type { IrClass } from '../ir.js';
import { BodyType } from './body-type.js';
import { BuilderCounters } from './builder-counters.js';
import { pathDepthProblem } from '../limits.js';
import { builderPath } from './builder-paths.js';
import { loadedBody, memberName, updateValue } from './builder-values.js';
import type { CallWriter, ModuleFrame, WrittenCall } from './call-writer.js';
import { BuilderRequests } from './builder-requests.js';
import { canonical, RELEASES } from './chilkat-calls.js';
import { propertyName, setterProperty } from '../chilkat-names.js';
import type { ExpressionWriter } from './expressions.js';
import { ResponseData, type ResponseHolder } from './response-data.js';
import type { Typed } from './scope.js';

/** Chilkat's own rules for a path that meets an index past the end or a value of another kind. */
const CHILKAT_WAY = "{ gaps: 'append', conflicts: 'skip' }";
/** Each update: the parameter kind of its value, the builder method it becomes, and the value's type in the interface. */
const UPDATES: Readonly<Record<string, readonly [string | undefined, 'set' | 'object', string]>> = {
  UpdateString: ['text', 'set', 'string'], UpdateInt: ['integer', 'set', 'number'], UpdateBool: ['boolean', 'set', 'boolean'], UpdateNumber: ['number', 'set', 'number'],
  UpdateNull: [undefined, 'set', 'null'], UpdateNewArray: [undefined, 'set', 'array'], UpdateNewObject: [undefined, 'object', 'object'],
};
/** Sends: the method's position (or a fixed method), the URL's, the body's, the content type's. */
const SENDS: Readonly<Record<string, { readonly method: number | string; readonly url: number; readonly body: number; readonly type: number; readonly arity: number }>> = {
  PTextSb: { method: 0, url: 1, body: 2, type: 4, arity: 7 },
  PostJson3: { method: 'POST', url: 0, body: 2, type: 1, arity: 3 },
};

/**
 * Builder style's call writer.
 *
 * @example
 * new BuilderCalls(new Set()).responseClass; //=> 'HttpResponse'
 */
export class BuilderCalls implements CallWriter {
  readonly env: Set<string>;
  readonly responseClass = 'HttpResponse';
  readonly values = true;
  readonly reassigns = true;
  /** The Http objects: their settings and sends (builder-requests.ts). */
  readonly #requests: BuilderRequests;
  /** Each body's interface name and shape, in the order the script makes them. */
  readonly #bodies = new Map<string, { readonly name: string; readonly type: BodyType }>();
  /** A helper's parameter given a body: the main() variable whose body it changes. */
  readonly #parameters = new Map<string, string>();
  /** The JsonObject counters (`json.I`) the script sets (builder-counters.ts). */
  readonly #counters = new BuilderCounters();
  /** What each StringBuilder holds: the builder whose text EmitSb put there, while that builder is unchanged. */
  readonly #emitted = new Map<string, { readonly json: string; stale: boolean }>();
  /** The JsonObjects that hold a response's data rather than a body. */
  readonly #responses: ResponseData;

  /**
   * @param env - Collects the environment variables the module reads.
   * @param responseHolders - The JsonObjects the script loads with a response's text (see response-data.ts).
   */
  constructor(env: Set<string>, responseHolders: ReadonlyMap<string, ResponseHolder> = new Map()) {
    this.env = env;
    this.#requests = new BuilderRequests(env);
    this.#responses = new ResponseData(responseHolders);
  }

  create(writer: ExpressionWriter, id: string, cls: IrClass, _depth: number, declare?: 'let' | 'assign'): readonly string[] {
    if (cls === 'JsonObject') {
      const holder = this.#responses.create(writer, id, declare);
      if (holder !== undefined) return holder;
      // A second JsonObject in the same variable is a fresh body of the same interface.
      if (declare === 'assign' && this.#bodies.has(id)) return [`${id} = ${this.#fresh(id)};`];
      const name = this.#bodies.size === 0 ? 'RequestBody' : `${id.charAt(0).toUpperCase()}${id.slice(1)}Body`;
      this.#bodies.set(id, { name, type: new BodyType() });
      return [`let ${id} = ${this.#fresh(id)};`];
    }
    // A new Http object or StringBuilder in the variable starts without the settings or text of the one before.
    if (cls === 'Http') this.#requests.create(id);
    if (cls === 'StringBuilder') this.#emitted.delete(id);
    return [];
  }

  /**
   * A helper takes the builder and returns the one it made (functions.ts); while the helper is written, its
   * parameter stands for the caller's body, whose interface its updates extend.
   */
  parameterType(value: Typed, id: string): string | undefined {
    const owner = value.cls === 'JsonObject' ? this.#owner(value.code) : undefined;
    const body = owner === undefined ? undefined : this.#bodies.get(owner);
    // A parameter named like another body of main() would mix their interfaces.
    if (owner === undefined || body === undefined || (this.#bodies.has(id) && id !== owner)) return undefined;
    this.#parameters.set(id, owner);
    return `Payload<${body.name}>`;
  }

  /** A body a helper changed: what EmitSb wrote from it before is stale. */
  changed(target: Typed): void {
    const owner = this.#owner(target.code) ?? target.code;
    for (const emitted of this.#emitted.values()) if (emitted.json === owner) emitted.stale = true;
  }

  /** The main() variable of the body a name stands for (itself, or the body a helper's parameter was given). */
  #owner(id: string): string | undefined {
    return this.#bodies.has(id) ? id : this.#parameters.get(id);
  }

  /** The body a name stands for. */
  #body(id: string): { readonly name: string; readonly type: BodyType } | undefined {
    const owner = this.#owner(id);
    return owner === undefined ? undefined : this.#bodies.get(owner);
  }

  call(writer: ExpressionWriter, target: Typed, method: string, args: readonly Expression[], depth: number): WrittenCall | undefined {
    const { name, setter } = canonical(target, method);
    if (RELEASES.test(name)) return undefined;
    const [first, second] = args;
    // A setter (`put_AuthToken(t)`, `SetAuthToken(t)`, `json->put_I(i)`) sets the property.
    const property = setter ? name : target.cls === undefined ? undefined : setterProperty(target.cls, method);
    if (property !== undefined && first !== undefined && args.length === 1) return { code: this.setProperty(writer, target, property, first, depth).replace(/;$/, ''), sends: false };
    if (target.cls === 'JsonObject' && this.#responses.holds(target.code)) {
      if (name !== 'Load' || first === undefined || args.length !== 1) return writer.fail(`JsonObject.${name} on the response in ${target.code}`);
      // The Http object kept the token's text when the script set it; the send reads it from the data then.
      if (this.#requests.tokenReads(target.code)) return writer.fail(`loading ${target.code} again while an AuthToken read from it is in use`);
      return { code: this.#responses.load(writer, target.code, writer.write(first)), sends: false };
    }
    if (target.cls === 'JsonObject') return this.#update(writer, target.code, name, args, depth);
    if (target.cls === 'StringBuilder' && name === 'Clear' && args.length === 0) {
      this.#emitted.delete(target.code);
      return undefined;
    }
    if (target.cls === 'Http' && name === 'SetRequestHeader' && first?.kind === 'string' && second?.kind === 'string' && args.length === 2) {
      this.#requests.header(writer, target.code, depth, first.value, second.value);
      return { code: '', sends: false };
    }
    const send = SENDS[name];
    if (target.cls === 'Http' && send !== undefined && args.length === send.arity) return this.#send(writer, target.code, send, args);
    return writer.fail(`the call ${target.cls ?? 'Chilkat'}.${method} in builder style`);
  }

  received(): readonly string[] {
    return [];
  }

  setProperty(writer: ExpressionWriter, target: Typed, name: string, value: Expression, depth: number): string {
    if (target.cls === 'JsonObject' && name === 'EmitCompact' && value.kind === 'boolean' && value.value) return '';
    if (target.cls === 'JsonObject' && /^[IJK]$/.test(name)) return this.#counters.set(writer, target.code, name, value);
    if (target.cls !== 'Http' || !this.#requests.sets(name)) return writer.fail(`setting ${target.cls ?? 'Chilkat'}.${name} in builder style`);
    return this.#requests.setOption(writer, target.code, name, value, depth);
  }

  property(writer: ExpressionWriter, target: Typed, raw: string, args?: readonly Expression[]): Typed {
    // `json.ControlInterface` (Delphi ActiveX) is the object itself.
    if (raw === 'ControlInterface' && (args === undefined || args.length === 0)) return target;
    if (target.cls === 'JsonObject' && this.#responses.holds(target.code)) return this.#responses.read(writer, target.code, raw, args);
    if (args !== undefined && args.length > 0) return writer.fail(`the call ${raw} on ${target.cls ?? 'a Chilkat object'} in builder style`);
    const name = propertyName(raw);
    // send() throws when a request fails, so after it the last method succeeded and left no error text.
    if (target.cls === 'Http' && name === 'LastMethodSuccess') return { code: 'true', kind: 'boolean' };
    if (target.cls === 'Http' && name === 'LastErrorText') return { code: "''", kind: 'text', literal: '' };
    if (target.cls === 'HttpResponse' && name === 'StatusCode') return { code: `${target.code}.status`, kind: 'integer' };
    if (target.cls === 'HttpResponse' && name === 'BodyStr') return this.#responses.text(target.code);
    return writer.fail(`the property ${name} of ${target.cls ?? 'a Chilkat object'} in builder style`);
  }

  frame(lines: readonly string[], helpers: ReadonlySet<string>): ModuleFrame {
    // `Payload<...>` is the type of a helper's builder parameter (functions.ts).
    const uses: readonly (readonly [string, RegExp])[] = [['payload', /\bpayload[(<]/], ['type Payload', /: Payload</], ['rawNumber', /\brawNumber\(/], ['send', /\bsend\(/]];
    const used = uses.filter(([, pattern]) => lines.some((line) => pattern.test(line))).map(([name]) => name);
    const imports = [
      ...(used.length > 0 ? [`import { ${used.join(', ')} } from 'pathpatch';`] : []),
      ...(helpers.size > 0 ? [`import { ${[...helpers].sort().join(', ')} } from 'pathpatch/port';`] : []),
    ];
    const declarations = [
      ...[...this.#bodies.values()].flatMap(({ name, type }) => ['/** The request body, inferred from what the script builds (every member optional: its conditions and loops decide). */', type.source(name), '']),
      ...this.#responses.declarations(),
    ];
    return { imports, declarations, summary: "Builds the request body the way the script did (with Chilkat's path rules) and sends it with send()." };
  }

  #update(writer: ExpressionWriter, json: string, name: string, args: readonly Expression[], depth: number): WrittenCall {
    const [path, value] = args;
    if (name === 'EmitSb' && path !== undefined && args.length === 1) {
      const sb = writer.write(path);
      if (sb.cls !== 'StringBuilder' || this.#emitted.has(sb.code) || depth !== 1) return writer.fail('an EmitSb the builder cannot follow (inside a block, or appended to)');
      this.#emitted.set(sb.code, { json, stale: false });
      return { code: '', sends: false };
    }
    this.changed({ code: json, kind: 'object', cls: 'JsonObject' });
    if (name === 'Clear' && args.length === 0) return { code: `${json} = ${this.#fresh(json)}`, sends: false };
    if (name === 'Load' && path !== undefined && args.length === 1) return { code: `${json} = ${this.#fresh(json, loadedBody(writer, writer.write(path), this.#body(json)))}`, sends: false };
    if (name === 'Delete' && path !== undefined && args.length === 1) return { code: `${json} = ${json}.remove(${memberName(writer, writer.write(path), this.#body(json)?.type)})`, sends: false };
    const update = UPDATES[name];
    if (update === undefined || path === undefined || args.length !== (update[0] === undefined ? 1 : 2)) return writer.fail(`JsonObject.${name} in builder style`);
    const held = path.kind === 'name' ? writer.scope.written(path.name) : undefined;
    const target = builderPath(writer, writer.write(path), (letter) => this.#counters.source(writer, json, letter), held);
    const tooDeep = pathDepthProblem(name, target.shape.length);
    if (tooDeep !== undefined) return writer.fail(tooDeep);
    const [parameter, method, type] = update;
    this.#body(json)?.type.record(target.shape, type);
    if (method === 'object') return { code: `${json} = ${json}.object(${target.source})`, sends: false };
    return { code: `${json} = ${json}.set(${target.source}, ${updateValue(writer, name, parameter, value)})`, sends: false };
  }

  /** An empty body of the JsonObject's interface, following Chilkat's path rules. */
  #fresh(json: string, base = '{}'): string {
    return `payload<${this.#body(json)?.name ?? 'RequestBody'}>(${base}, ${CHILKAT_WAY})`;
  }

  #send(writer: ExpressionWriter, http: string, send: (typeof SENDS)[string], args: readonly Expression[]): WrittenCall {
    const verb = typeof send.method === 'string' ? undefined : args[send.method];
    const method = typeof send.method === 'string' ? send.method : verb?.kind === 'string' ? verb.value : undefined;
    if (method === undefined) return writer.fail('a send whose method is not a text constant');
    const body = writer.write(args[send.body] ?? { kind: 'boolean', value: false });
    const emitted = body.cls === 'StringBuilder' ? this.#emitted.get(body.code) : undefined;
    if (emitted?.stale === true) return writer.fail('a body changed after EmitSb');
    const json = body.cls === 'JsonObject' ? body.code : emitted?.json;
    if (json === undefined || this.#responses.holds(json)) return writer.fail('a send whose body is not a JsonObject the script built and emitted');
    const type = args[send.type];
    if (type?.kind !== 'string') return writer.fail('a send whose content type is not a text constant');
    return this.#requests.send(writer, http, { json, method, url: args[send.url], contentType: type.value });
  }
}
