/**
 * The porter's view of Chilkat's semantics: an adapter over `pathpatch/chilkat`'s
 * `JsonObject` and its path engine (the one copy of Chilkat's path rules), which
 * reports, for each `Update*` call, the canonical path it really wrote to, so
 * the builder output says `callbacks[1]` where Chilkat appended for `callbacks[5]`.
 *
 * @example
 * const evaluator = createChilkatEvaluator();
 * evaluator.update({ method: 'UpdateString', path: 'a[5]', value: { type: 'string', value: 'x' } }).segments; //=> ['a', 0]
 */
import { storedText } from './stored-text.js';
import { JsonObject } from '../chilkat/json-object.js';
import { createObjectNode, type ChilkatNode, type ChilkatObjectNode } from '../chilkat/model.js';
import { traceChilkatWrites, type ChilkatWriteTrace } from '../chilkat/path-engine.js';
import { StringBuilder } from '../chilkat/string-builder.js';
import { JsonArray } from '../chilkat/json-array.js';
import { DocumentParts } from './document-parts.js';
import type { IrNode, IrValue, JsonOption, UpdateMethod } from './ir.js';

/**
 * One update to evaluate.
 *
 * @example
 * const call: ModelUpdate = { method: 'UpdateNull', path: 'deleted_at' };
 */
export interface ModelUpdate {
  /** The variable the call is made on: the document itself, or a part of it a `json-ref` named. */
  readonly handle?: string;
  readonly method: UpdateMethod;
  readonly path: string;
  readonly value?: IrValue;
}

/**
 * What one update did.
 *
 * @example
 * createChilkatEvaluator().update({ method: 'UpdateString', path: 'a[3]', value: { type: 'string', value: 'x' } }).segments; //=> ['a', 0]
 */
export interface UpdateOutcome {
  readonly ok: boolean;
  /** Why it failed (Chilkat's `LastErrorText`). */
  readonly reason?: string;
  /** The resolved segments of the written value (keys decoded, indexes resolved). */
  readonly segments: readonly (string | number)[];
  /** How to reproduce the write: set a value, ensure a container, or keep what is there. */
  readonly write: 'set' | 'object' | 'array' | 'keep';
  /** The node written, for `set`. */
  readonly value?: ChilkatNode;
  /** Containers created before the final write (needed when the call fails half-way). */
  readonly created: readonly { readonly segments: readonly (string | number)[]; readonly kind: 'object' | 'array' }[];
  /** Keys Chilkat writes raw in a way JSON text cannot reproduce (an inner quote, a lone backslash, a control character). */
  readonly rawKeys: readonly string[];
}

/**
 * The evaluation step: Chilkat's semantics for `Update*` calls and options.
 *
 * @example
 * const evaluator: PathEvaluator = createChilkatEvaluator();
 */
export interface PathEvaluator {
  update(call: ModelUpdate): UpdateOutcome;
  /** A property set on the document, or on the part `handle` names. */
  setOption(name: JsonOption, value: string | number | boolean, handle?: string): void;
  /** Names a part of the document (`ObjectOf`, `ArrayOf`, `ObjectAt`, `ArrayAt`); later calls on `node.handle` go to it. */
  refer(node: Extract<IrNode, { kind: 'json-ref' }>): { readonly ok: boolean; readonly reason?: string };
  /** `AddObjectAt`/`AddArrayAt` on a part that is an array: where the new container went. */
  addAt(node: Extract<IrNode, { kind: 'array-add' }>): UpdateOutcome & { readonly inserted: boolean };
  /** The document so far, in `pathpatch/chilkat`'s node model. */
  root(): ChilkatObjectNode;
  /** The document as Chilkat's `Emit()` writes it. */
  emit(): string;
}

/** The text an IR value stands for in a call that takes text. */
function irText(value: IrValue | undefined): string {
  if (value === undefined) return '';
  return value.type === 'string' ? value.value : value.type === 'number' ? value.text : value.type === 'boolean' ? String(value.value) : 'null';
}

/**
 * Makes one `Update*` call on a `JsonObject`, with the IR's value converted the way the script's language passed it.
 *
 * @param target - The object.
 * @param method - The method.
 * @param path - The path, as written.
 * @param value - The value (none for `UpdateNull`, `UpdateNewObject`, `UpdateNewArray`).
 * @param sb - For `UpdateSb`, the StringBuilder the text comes from.
 * @returns What the call returned.
 * @example
 * applyUpdate(new JsonObject(), 'UpdateInt', 'n', { type: 'number', text: '5' }); //=> true
 */
export function applyUpdate(target: JsonObject, method: UpdateMethod, path: string, value: IrValue | undefined, sb?: StringBuilder): boolean {
  const text = irText(value);
  switch (method) {
    case 'UpdateString': return target.UpdateString(path, text);
    case 'UpdateInt': return target.UpdateInt(path, Number(text));
    case 'UpdateUInt': return target.UpdateUInt(path, Number(text));
    case 'UpdateBool': return target.UpdateBool(path, value?.type === 'boolean' ? value.value : text === 'true' || text === '1');
    case 'UpdateNumber': return target.UpdateNumber(path, text);
    case 'UpdateNull': return target.UpdateNull(path);
    case 'UpdateNewObject': return target.UpdateNewObject(path);
    case 'UpdateNewArray': return target.UpdateNewArray(path);
    case 'UpdateSb': {
      const source = sb ?? new StringBuilder();
      if (sb === undefined) source.Append(text);
      return target.UpdateSb(path, source);
    }
  }
}

/**
 * Sets a `JsonObject` option the way a script's property assignment does.
 *
 * @param target - The object.
 * @param name - `I`, `J`, `K`, `DelimiterChar`, `EmitCompact` or `EmitCrLf`.
 * @param value - The value as the script gave it.
 * @example
 * applyOption(json, 'EmitCompact', false);
 */
export function applyOption(target: JsonObject, name: JsonOption, value: string | number | boolean): void {
  switch (name) {
    case 'I':
    case 'J':
    case 'K':
      target[name] = Number(value);
      break;
    case 'DelimiterChar':
      target.DelimiterChar = String(value);
      break;
    case 'EmitCompact':
    case 'EmitCrLf':
      target[name] = value === true || value === 1 || value === 'true';
      break;
  }
}

function copyNode(node: ChilkatNode): ChilkatNode {
  switch (node.kind) {
    case 'object': return { kind: 'object', members: node.members.map((member) => ({ key: member.key, value: copyNode(member.value) })), everHadMembers: node.everHadMembers };
    case 'array': return { kind: 'array', items: node.items.map(copyNode) };
    default: return { ...node };
  }
}

/**
 * Creates the evaluator: a `JsonObject` (raw keys allowed, as Chilkat writes them) whose path
 * engine reports what each call walked and created.
 *
 * @returns A fresh evaluator over an empty root object.
 * @example
 * createChilkatEvaluator().update({ method: 'UpdateNull', path: 'x' }).ok; //=> true
 */
export function createChilkatEvaluator(): PathEvaluator {
  const root = createObjectNode();
  const json = JsonObject.fromNode(root, true);
  const parts = new DocumentParts(json);
  const decode = (list: readonly (string | number)[]): (string | number)[] => list.map((segment) => (typeof segment === 'string' ? storedText(segment) : segment));
  const failed = (reason: string): UpdateOutcome => ({ ok: false, reason, segments: [], write: 'keep', created: [], rawKeys: [] });
  return {
    update(call) {
      const target = parts.target(call.handle);
      const prefix = parts.where(call.handle);
      if (!(target instanceof JsonObject) || prefix === undefined) return failed(`${call.handle ?? 'the object'} is not an object of the document here`);
      const trace: ChilkatWriteTrace = { segments: [], created: [] };
      const ok = traceChilkatWrites(trace, () => applyUpdate(target, call.method, call.path, call.value));
      const rawKeys = trace.segments.filter((segment): segment is string => typeof segment === 'string' && JSON.stringify(storedText(segment)) !== `"${segment}"`);
      // A part's steps start where the part sits in the document.
      const segments = [...prefix, ...decode(trace.segments)];
      const created = trace.created.map((container) => ({ kind: container.kind, segments: [...prefix, ...decode(container.segments)] }));
      // The message names the call and the path already.
      const reason = target.LastErrorText.replace(`${call.method}: `, '').replace(`path ${JSON.stringify(call.path)}: `, '');
      if (!ok) return { ok, reason, segments, write: 'keep', created, rawKeys };
      const final = trace.final ?? { write: 'keep' as const, node: undefined };
      // A copy: the node stays in the document, and later calls change it.
      return { ok, segments, write: final.write, ...(final.write === 'set' && final.node !== undefined ? { value: copyNode(final.node) } : {}), created, rawKeys };
    },
    setOption(name, value, handle) {
      const target = parts.target(handle);
      if (target instanceof JsonObject) applyOption(target, name, value);
    },
    refer(node) {
      const reason = parts.refer(node);
      return reason === undefined ? { ok: true } : { ok: false, reason };
    },
    addAt(node) {
      const target = parts.target(node.handle);
      const prefix = parts.where(node.handle);
      if (!(target instanceof JsonArray) || prefix === undefined) return { ...failed(`${node.handle} is not an array of the document here`), inserted: false };
      const size = target.Size;
      target[node.method](node.index);
      // An index in range inserts there; -1 or past the end appends.
      const inserted = node.index >= 0 && node.index < size;
      return { ok: true, segments: [...prefix, inserted ? node.index : size], write: node.method === 'AddObjectAt' ? 'object' : 'array', created: [], rawKeys: [], inserted };
    },
    root: () => root,
    emit: () => json.Emit(),
  };
}
