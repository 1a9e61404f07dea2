import { JsonValueError, PathSyntaxError, UnsafeKeyError } from '../errors/index.js';
import { emitJson, type EmitOptions } from '../emit/index.js';
import { assertNoProtoKeys, copyJsonValue, freezeNew, isObjectNode, toPlain, type StoredObject, type StoredValue } from '../json/index.js';
import { APPEND, formatPath, parsePathCached, segmentsText, toSegments, type PathInput, type PathSegment } from '../path/index.js';
import { applyOp, read, type Draft } from './apply.js';
import { leafEntries } from './entries.js';
import { jsonEqual } from './json-equal.js';
import { diffJson, type JsonPatchOperation } from './json-patch.js';
import { mergePatchOf } from './merge-patch.js';
import type { Op } from './ops.js';
import { send, type SendOptions, type SendResult } from '../send/index.js';
import { resolveOptions, type PayloadOptions, type ResolvedOptions } from './options.js';

const EMPTY: StoredObject = Object.freeze({});

/** What every builder of one chain shares. */
interface Origin {
  readonly base: StoredObject;
  readonly baseRaw: boolean;
  readonly options: ResolvedOptions;
}

/**
 * @internal The runtime builder behind `payload()`. Each call records an op
 * and returns a new builder pointing at its parent (an op-log); `build()`
 * replays the ops since the nearest built ancestor onto its frozen state,
 * copying on write, so branches share structure and a long chain costs one pass.
 * A state is deep-frozen when it is first shared (by build(), a replay starting
 * from it, merge() or payload(builder)), not when computed: emit() alone never freezes.
 */
export class PayloadBuilder {
  readonly #origin: Origin;
  readonly #parent: PayloadBuilder | undefined;
  readonly #op: Op | undefined;
  readonly #length: number;
  readonly #raw: boolean;
  #state: StoredObject | undefined;
  #stateRaw = false;
  #plain: Readonly<Record<string, unknown>> | undefined;
  #text: string | undefined;

  constructor(origin: Origin, parent?: PayloadBuilder, op?: Op, raw = false) {
    this.#origin = origin;
    this.#parent = parent;
    this.#op = op;
    this.#length = parent === undefined ? 0 : parent.#length + 1;
    this.#raw = raw || (parent === undefined ? origin.baseRaw : parent.#raw);
    if (parent === undefined) {
      this.#state = origin.base;
      this.#stateRaw = origin.baseRaw;
    }
  }

  /** @internal Makes the first builder of a chain. */
  static create(base: unknown, options: PayloadOptions | undefined): PayloadBuilder {
    if (base instanceof PayloadBuilder) {
      const resolved = resolveOptions(options, base.#origin.options);
      const state = base.#compute();
      // A chain that kept __proto__ keys hands its state to one that refuses them: check, as for any value.
      if (resolved.protoKeys === 'error' && base.#origin.options.protoKeys === 'keep') assertNoProtoKeys(state);
      freezeNew(state); // shared with another chain from now on
      return new PayloadBuilder({ base: state, baseRaw: base.#stateRaw, options: resolved });
    }
    const resolved = resolveOptions(options);
    if (base === undefined) return new PayloadBuilder({ base: EMPTY, baseRaw: false, options: resolved });
    const context = { protoKeys: resolved.protoKeys, raw: false };
    const copy = copyJsonValue(base, [], context);
    if (!isObjectNode(copy)) throw new JsonValueError('', describeBase(base), 'an object (or a builder) as the base');
    return new PayloadBuilder({ base: copy, baseRaw: context.raw, options: resolved });
  }

  set(path: PathInput, value: unknown): PayloadBuilder {
    const segments = this.#segments(path, 'set', true);
    return this.#valued('set', segments, value);
  }

  push(path: PathInput, value: unknown): PayloadBuilder {
    const segments = this.#segments(path, 'push', true);
    return this.#valued('push', [...segments, APPEND], value);
  }

  object(path: PathInput): PayloadBuilder {
    return this.#chain({ kind: 'ensure', index: this.#length, operation: 'object', segments: this.#segments(path, 'object', true) });
  }

  array(path: PathInput): PayloadBuilder {
    return this.#chain({ kind: 'ensure', index: this.#length, operation: 'array', segments: this.#segments(path, 'array', true) });
  }

  remove(path: PathInput): PayloadBuilder {
    return this.#chain({ kind: 'remove', index: this.#length, operation: 'remove', segments: this.#segments(path, 'remove', false) });
  }

  update(path: PathInput, fn: (current: unknown) => unknown): PayloadBuilder {
    if (typeof fn !== 'function') throw new TypeError(`update() expects a function as its second argument, found ${typeof fn}`);
    return this.#chain({ kind: 'update', index: this.#length, operation: 'update', segments: this.#segments(path, 'update', true), fn });
  }

  merge(partial: unknown): PayloadBuilder {
    if (partial instanceof PayloadBuilder) {
      const value = partial.#compute();
      if (this.#origin.options.protoKeys === 'error' && partial.#origin.options.protoKeys === 'keep') assertNoProtoKeys(value);
      freezeNew(value); // merged nodes are shared, so replays must copy them before writing
      return this.#chain({ kind: 'merge', index: this.#length, operation: 'merge', value }, partial.#stateRaw);
    }
    const context = { protoKeys: this.#origin.options.protoKeys, raw: false };
    const value = copyJsonValue(partial, [], context);
    if (!isObjectNode(value)) throw new JsonValueError('', describeBase(partial), 'an object (or a builder) to merge');
    return this.#chain({ kind: 'merge', index: this.#length, operation: 'merge', value }, context.raw);
  }

  when(condition: boolean | ((builder: PayloadBuilder) => boolean), fn: (builder: PayloadBuilder) => PayloadBuilder): PayloadBuilder {
    const holds = typeof condition === 'function' ? condition(this) : condition;
    return holds ? checkBuilder(fn(this), 'when') : this;
  }

  pipe(...fns: ((builder: PayloadBuilder) => PayloadBuilder)[]): PayloadBuilder {
    return fns.reduce<PayloadBuilder>((builder, fn) => checkBuilder(fn(builder), 'pipe'), this);
  }

  produce(recipe: (draft: never) => unknown): PayloadBuilder {
    if (typeof recipe !== 'function') throw new TypeError(`produce() expects a recipe function, found ${typeof recipe}`);
    return this.#chain({ kind: 'produce', index: this.#length, operation: 'produce', recipe }, true);
  }

  build(): Readonly<Record<string, unknown>> {
    if (this.#plain !== undefined) return this.#plain;
    const state = this.#compute();
    freezeNew(state);
    // Without raw numbers the frozen state already is plain JSON; with them, build() reads them as numbers.
    this.#plain = this.#stateRaw ? (toPlain(state) as Readonly<Record<string, unknown>>) : state;
    return this.#plain;
  }

  toJSON(): Readonly<Record<string, unknown>> {
    return this.build();
  }

  emit(options?: EmitOptions): string {
    if (options === undefined || (options.pretty !== true && options.crlf !== true)) {
      this.#text ??= emitJson(this.#compute(), this.#stateRaw);
      return this.#text;
    }
    return emitJson(this.#compute(), this.#stateRaw, options);
  }

  get(path: PathInput): unknown {
    return read(this.build() as StoredObject, this.#segments(path, 'get', false));
  }

  has(path: PathInput): boolean {
    return read(this.build() as StoredObject, this.#segments(path, 'has', false)) !== undefined;
  }

  entries(): [string, unknown][] {
    return leafEntries(this.build(), this.#origin.options.delimiter);
  }

  equals(other: unknown): boolean {
    return jsonEqual(this.build(), plainOf(other));
  }

  diff(other: unknown): JsonPatchOperation[] {
    return diffJson(this.build(), plainOf(other));
  }

  toJsonPatch(): JsonPatchOperation[] {
    return diffJson(toPlain(this.#origin.base), this.build());
  }

  toMergePatch(): unknown {
    return mergePatchOf(toPlain(this.#origin.base), this.build());
  }

  send<Data = unknown>(options: SendOptions): Promise<SendResult<Data>> {
    return send<Data>(this, options);
  }

  /** @internal The chain's options (for façades such as the Chilkat layer). */
  get options(): ResolvedOptions {
    return this.#origin.options;
  }

  #valued(operation: 'set' | 'push', segments: readonly PathSegment[], value: unknown): PayloadBuilder {
    let stored: StoredValue;
    let raw = false;
    // Scalars need no copy; this keeps the common case cheap.
    if (typeof value === 'string' || typeof value === 'boolean' || value === null || (typeof value === 'number' && Number.isFinite(value))) {
      stored = value;
    } else {
      const context = { protoKeys: this.#origin.options.protoKeys, raw: false };
      stored = copyJsonValue(value, segments, context);
      raw = context.raw;
    }
    return this.#chain({ kind: 'set', index: this.#length, operation, segments, value: stored }, raw);
  }

  #chain(op: Op, raw = false): PayloadBuilder {
    return new PayloadBuilder(this.#origin, this, op, raw);
  }

  #segments(path: PathInput, method: string, appendAllowed: boolean): readonly PathSegment[] {
    const { delimiter, protoKeys } = this.#origin.options;
    const segments = toSegments(path, delimiter);
    if (segments.length === 0) throw new PathSyntaxError(segmentsText(segments), 0, 'at least one segment', 'none', true);
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i];
      if (segment === '__proto__' && protoKeys === 'error') {
        throw typeof path === 'string'
          ? UnsafeKeyError.inPath(path, parsePathCached(path, delimiter).positions[i] ?? 0, segment)
          : UnsafeKeyError.inValue(formatPath(segments.slice(0, i + 1), delimiter), segment);
      }
      if (segment === APPEND && !appendAllowed) {
        throw typeof path === 'string'
          ? new PathSyntaxError(path, parsePathCached(path, delimiter).positions[i] ?? 0, `an index (${method}() reads, and "[]" only appends)`, '"[]"')
          : new PathSyntaxError(segmentsText(path), i, `an index (${method}() reads, and APPEND only appends)`, 'APPEND', true);
      }
    }
    return segments;
  }

  #compute(): StoredObject {
    if (this.#state !== undefined) return this.#state;
    const ops: Op[] = [];
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- walking up the chain starts from this builder
    let node: PayloadBuilder = this;
    while (node.#state === undefined && node.#parent !== undefined && node.#op !== undefined) {
      ops.push(node.#op);
      node = node.#parent;
    }
    // Frozen means shared (copy before writing): the state replayed from is frozen here, when first shared,
    // rather than when made, so that emit() of a fresh chain never pays for freezing.
    const start = node.#state ?? this.#origin.base;
    freezeNew(start);
    const draft: Draft = { root: start, raw: node.#stateRaw };
    const { options } = this.#origin;
    for (let i = ops.length - 1; i >= 0; i--) applyOp(draft, ops[i] as Op, options);
    this.#stateRaw = draft.raw || this.#raw;
    this.#state = draft.root;
    return draft.root;
  }
}

function checkBuilder(value: unknown, method: string): PayloadBuilder {
  if (value instanceof PayloadBuilder) return value;
  throw new TypeError(`the function given to ${method}() must return a builder, found ${value === null ? 'null' : typeof value}`);
}

function plainOf(other: unknown): unknown {
  return other instanceof PayloadBuilder ? other.build() : other;
}

function describeBase(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
