/**
 * The calls the flat reader follows on Chilkat objects: `Update*`, `EmitSb`,
 * parts (`ObjectOf`, `ArrayAt`), JsonArray adds, StringBuilder appends,
 * headers, option setters and sends, each recorded as an IR node; a call it
 * cannot port is reported.
 *
 * @example
 * new ChilkatCalls(state, evaluate).invoke(json, 'UpdateString', args); //=> { kind: 'boolean', value: true }
 */
import { JSON_READ_METHODS, RELEASE_METHODS, SEND_METHODS, canonicalMethod, isUpdateMethod, optionName, readsOnly, setterProperty } from '../chilkat-names.js';
import type { Expr } from '../expression.js';
import type { HttpOption, IrClass, JsonOption, JsonRefMethod } from '../ir.js';
import { LiveObjects } from '../live-objects.js';
import type { ReadingState } from './reading-state.js';
import { readSend } from './send-call.js';
import { followed, isScalar, numberValue, show, truthy, Unsupported, type ObjectRef, type SymbolicValue } from './symbolic-value.js';
import { updateValue } from './update-value.js';

/** Evaluates an expression of the script. */
type Evaluate = (expr: Expr) => SymbolicValue;

const TRUE: SymbolicValue = { kind: 'boolean', value: true };

/** Whether a call releases an object (a JsonObject's `Delete("name")` removes a member instead). */
function releases(ref: ObjectRef, method: string, args: readonly Expr[]): boolean {
  return (RELEASE_METHODS.has(method) || /^(?:Dispose|Delete|Release)/.test(method)) && (args.length === 0 || ref.cls !== 'JsonObject');
}

/**
 * Chilkat calls of one reading.
 *
 * @example
 * new ChilkatCalls(state, evaluate).arraySize(jarr); //=> { kind: 'number', text: '2', number: 2 }
 */
export class ChilkatCalls {
  readonly #state: ReadingState;
  readonly #evaluate: Evaluate;
  readonly #live = new LiveObjects();
  #applied = 0;

  constructor(state: ReadingState, evaluate: Evaluate) {
    this.#state = state;
    this.#evaluate = evaluate;
  }

  /** An argument's text, or an {@link Unsupported} naming what needed it. */
  text(arg: Expr | undefined, what: string): string {
    return show(followed(arg ? this.#evaluate(arg) : undefined, `the ${what}`));
  }

  /** Runs `raw` on an object: the IR it makes, and its result. */
  invoke(ref: ObjectRef, raw: string, args: readonly Expr[]): SymbolicValue {
    const state = this.#state;
    const method = canonicalMethod(raw);
    if (state.sent && this.changesAfterSend(ref, method, raw, args)) {
      for (const arg of args) this.#evaluate(arg);
      throw new Unsupported(`${ref.cls}.${method} after the request on line ${String(state.sendLine)} is not translated (what is built after the first request is not ported)`);
    }
    if (ref.cls === 'JsonObject' && /^Delete/.test(method) && args.length > 0) {
      // `json.Delete("a")`, `DeleteMember`, `DeleteAt` remove a member; they are not a release.
      if (state.sent) return { kind: 'unknown', why: `result of ${method}` };
      throw new Unsupported(`JsonObject.${method} is not ported`);
    }
    if (releases(ref, method, args)) return { kind: 'null' };
    const property = setterProperty(ref.cls, raw);
    if (property !== undefined) {
      this.setOption(ref, property, args[0] ? this.#evaluate(args[0]) : { kind: 'unknown', why: 'no value' });
      return TRUE;
    }
    if (ref.afterSend || ref.cls === 'HttpResponse' || (state.sent && (ref.cls === 'HttpRequest' || ref.cls === 'JsonArray'))) {
      for (const arg of args) this.#evaluate(arg);
      return { kind: 'unknown', why: `result of ${method}` };
    }
    if (ref.cls === 'JsonObject') return this.invokeJson(ref, method, args);
    const fromArray = ref.cls === 'JsonArray' ? this.invokeArray(ref, method, args) : undefined;
    if (fromArray !== undefined) return fromArray;
    if (ref.cls === 'StringBuilder') {
      if (method === 'Append') {
        const text = this.text(args[0], 'text appended');
        state.sb.set(ref.handle, (state.sb.get(ref.handle) ?? '') + text);
        state.nodes.push({ kind: 'sb-append', line: state.line, handle: ref.handle, text });
        return TRUE;
      }
      if (method === 'GetAsString') return { kind: 'text', text: state.sb.get(ref.handle) ?? '' };
    }
    if (ref.cls === 'Http') {
      if (method === 'SetRequestHeader') {
        state.nodes.push({ kind: 'header', line: state.line, handle: ref.handle, name: this.text(args[0], 'header name'), value: this.text(args[1], 'header value') });
        return { kind: 'null' };
      }
      if (SEND_METHODS.has(method)) return readSend(state, this.#evaluate, ref, method, args);
    }
    if (state.sent || (readsOnly(method, raw) && ref.cls !== 'JsonArray' && ref.cls !== 'HttpRequest')) {
      for (const arg of args) this.#evaluate(arg);
      return { kind: 'unknown', why: `result of ${method}` };
    }
    throw new Unsupported(`${ref.cls}.${/^(?:put|get)_/.test(raw) ? raw : method} is not ported`);
  }

  /**
   * Whether a call after the first request builds something (a body, a second request): the porter
   * follows one request, so such a call must be reported, never dropped. Reading a response
   * (`Load` of a new JsonObject, getters, `Emit`) and releasing objects are not changes.
   */
  changesAfterSend(ref: ObjectRef, method: string, raw: string, args: readonly Expr[]): boolean {
    if (ref.cls === 'HttpResponse' || ref.cls === 'HttpRequest' || ref.cls === 'JsonArray') return false;
    // Another request is ported as such (chilkat style) or reported by the step that cannot make it.
    if (ref.cls === 'Http' && SEND_METHODS.has(method)) return false;
    if (releases(ref, method, args)) return false;
    if (readsOnly(method) || /^(?:Emit|Find|Count|Contains|Length|Save|Write|To)/.test(method) || /^(?:get|is)_/.test(raw)) return false;
    if (/^(?:CloseAllConnections|ClearInMemoryCookies|SetDecodedFormat)$/.test(method)) return false;
    // A JsonObject or StringBuilder made after the request holds the response.
    if (ref.afterSend && ref.cls !== 'Http' && /^(?:Load|Append|Put_?EmitCompact|Put_?EmitCrLf)/.test(method)) return false;
    return true;
  }

  /** The JsonObject calls the reader follows. */
  invokeJson(ref: ObjectRef, method: string, args: readonly Expr[]): SymbolicValue {
    const state = this.#state;
    if (isUpdateMethod(method)) {
      const expected = method === 'UpdateNull' || method === 'UpdateNewObject' || method === 'UpdateNewArray' ? 1 : 2;
      if (args.length !== expected) throw new Unsupported(`JsonObject.${method} takes ${String(expected)} argument${expected === 1 ? '' : 's'}, got ${String(args.length)}`);
      const path = this.text(args[0], `path of ${method}`);
      const base = { kind: 'update', line: state.line, handle: ref.handle, method, path } as const;
      if (expected === 1) {
        state.nodes.push(base);
        return TRUE;
      }
      if (method === 'UpdateSb') {
        const sb = args[1] ? this.#evaluate(args[1]) : undefined;
        if (sb?.kind !== 'object') throw new Unsupported('cannot follow the StringBuilder of UpdateSb');
        state.nodes.push({ ...base, value: { type: 'string', value: state.sb.get(sb.ref.handle) ?? '' }, sb: sb.ref.handle });
        return TRUE;
      }
      const value = args[1] ? this.#evaluate(args[1]) : undefined;
      state.nodes.push({ ...base, value: updateValue(method, value) });
      return TRUE;
    }
    if (method === 'EmitSb') {
      const sb = args[0] ? this.#evaluate(args[0]) : undefined;
      if (sb?.kind !== 'object' || sb.ref.cls !== 'StringBuilder') throw new Unsupported('cannot follow the StringBuilder of EmitSb');
      state.nodes.push({ kind: 'emit-sb', line: state.line, handle: ref.handle, sb: sb.ref.handle });
      return TRUE;
    }
    if (method === 'Emit') return { kind: 'json-text', handle: ref.handle };
    if ((method === 'ObjectOf' || method === 'ArrayOf') && !state.sent) return this.part(ref, method, this.text(args[0], `path of ${method}`));
    if (JSON_READ_METHODS.has(method) || /^Last(?:ErrorText|MethodSuccess)$/.test(method)) return { kind: 'unknown', why: `result of ${method}` };
    throw new Unsupported(`JsonObject.${method} is not ported`);
  }

  /** The calls of a JsonArray the porter follows: adding an object or array, taking one, its `Size`; `undefined` for others. */
  invokeArray(ref: ObjectRef, method: string, args: readonly Expr[]): SymbolicValue | undefined {
    if (/^(?:Get_?)?Size$/.test(method)) return this.arraySize(ref);
    if (!/^(?:Add(?:Object|Array)At|(?:Object|Array)At)$/.test(method)) return undefined;
    const value = args[0] ? this.#evaluate(args[0]) : undefined;
    if (value?.kind !== 'number' || !Number.isInteger(value.number)) throw new Unsupported(`cannot follow the index of JsonArray.${method}${value?.kind === 'unknown' ? ` (${value.why})` : ''}`);
    if (method === 'ObjectAt' || method === 'ArrayAt') return this.part(ref, method, value.number);
    this.#state.nodes.push({ kind: 'array-add', line: this.#state.line, handle: ref.handle, method: method === 'AddObjectAt' ? 'AddObjectAt' : 'AddArrayAt', index: value.number });
    return TRUE;
  }

  /** A part of an object or array (`ObjectOf`, `ArrayOf`, `ObjectAt`, `ArrayAt`): named by the variable it is assigned to. */
  part(ref: ObjectRef, method: JsonRefMethod, arg: string | number): SymbolicValue {
    const cls: IrClass = method === 'ObjectOf' || method === 'ObjectAt' ? 'JsonObject' : 'JsonArray';
    return { kind: 'object', ref: { handle: '', cls, line: this.#state.line, afterSend: this.#state.sent, origin: { from: ref.handle, method, arg } } };
  }

  /** A JsonArray's `Size` now, from the calls so far executed on pathpatch/chilkat (a script indexes with `Size - 1`). */
  arraySize(ref: ObjectRef): SymbolicValue {
    const state = this.#state;
    if (state.untranslated !== undefined || state.sent) return { kind: 'unknown', why: `the Size of ${ref.handle}` };
    for (; this.#applied < state.nodes.length; this.#applied += 1) {
      const node = state.nodes[this.#applied];
      if (node !== undefined && LiveObjects.executes(node)) this.#live.apply(node);
    }
    const size = this.#live.size(ref.handle);
    return size === undefined ? { kind: 'unknown', why: `the Size of ${ref.handle}` } : numberValue(size);
  }

  /** Sets a JsonObject or Http option (`EmitCompact`, `AuthToken`...): a `json-option` or `http-option` node. */
  setOption(ref: ObjectRef, property: string, value: SymbolicValue): void {
    const state = this.#state;
    if (state.sent && (ref.cls === 'JsonObject' || ref.cls === 'Http') && !(ref.afterSend && /^(?:EmitCompact|EmitCrLf)$/i.test(property.replace(/^put_/i, '')))) {
      throw new Unsupported(`${ref.cls}.${property} after the request on line ${String(state.sendLine)} is not translated (what is built after the first request is not ported)`);
    }
    if (ref.afterSend || (ref.cls !== 'JsonObject' && ref.cls !== 'Http')) return;
    const name = optionName(ref.cls, property);
    if (name === undefined) {
      if (state.sent) return;
      throw new Unsupported(`${ref.cls}.${property} is not ported`);
    }
    if (!isScalar(value) || value.kind === 'null') throw new Unsupported(`cannot follow the value of ${ref.cls}.${name}`);
    if (ref.cls === 'JsonObject') {
      const option = name === 'I' || name === 'J' || name === 'K' ? (value.kind === 'number' ? value.number : Number(show(value))) : name === 'DelimiterChar' ? show(value) : truthy(value);
      state.nodes.push({ kind: 'json-option', line: state.line, handle: ref.handle, name: name as JsonOption, value: option });
      return;
    }
    const option = name === 'BasicAuth' ? truthy(value) : show(value);
    state.nodes.push({ kind: 'http-option', line: state.line, handle: ref.handle, name: name as HttpOption, value: option });
  }
}
