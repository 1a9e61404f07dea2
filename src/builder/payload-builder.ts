import { JsonValueError, PathpatchError, PathSyntaxError, UnsafeKeyError } from '../errors/index.js';
import type { EmitOptions } from '../emit/index.js';
import { copyJsonValue, describeValue, isObjectNode, MAX_DEPTH, toPlain, type StoredObject } from '../json/index.js';
import { APPEND, formatPath, parsePathCached, segmentsText, toSegments, type ParsedPath, type PathInput, type PathSegment } from '../path/index.js';
import type { SendOptions, SendResult } from '../send/index.js';
import type { PayloadOutput } from '../types/index.js';
import { applyOp, read, type Draft } from './apply.js';
import { emitCompact, emitPretty } from './emit-tree.js';
import { leafEntries } from './entries.js';
import { diffJson, type JsonPatchOperation } from './json-patch.js';
import { mergePatchOf } from './merge-patch.js';
import type { Op, Operation } from './ops.js';
import { copyContext, resolveOptions, type PayloadOptions, type ResolvedOptions } from './options.js';
import { currentProducer, PRODUCE_NEEDS_IMMER } from './produce-plugin.js';
import { plainReplay, type PlainOp } from './fast-replay.js';
import { adoptPlain, materialize, objectFromStored, type Branch, type ObjectNode, type Token } from './tree.js';

// The owner of origin states: no replay has it, so every replay copies them before a change.
const ORIGIN: Token = Object.freeze({});

/** What every builder of one chain shares. */
interface Origin {
  readonly root: ObjectNode;
  readonly baseRaw: boolean;
  readonly options: ResolvedOptions;
}

/** A builder's computed results, made on first need: recording a call creates none of this. */
interface Memo {
  state: ObjectNode | undefined;
  stateRaw: boolean;
  // Eager checks: the replay that made state, and whether a child may take the state over and change it in place.
  token: Token | undefined;
  handOver: boolean;
  plain: Readonly<Record<string, unknown>> | undefined;
  text: string | undefined;
}

function memo(state: ObjectNode | undefined, stateRaw: boolean): Memo {
  return { state, stateRaw, token: undefined, handOver: false, plain: undefined, text: undefined };
}

// A replay's state as a builder's results; what build() made of the same content before (by the plain replay) becomes the nodes' own, so that branches share it.
function keep(results: Memo, draft: Draft): Memo {
  results.state = draft.root;
  results.stateRaw = draft.raw;
  results.token = draft.token;
  if (results.plain !== undefined && !draft.raw) adoptPlain(draft.root, results.plain as StoredObject);
  return results;
}

/**
 * @internal The runtime builder behind `payload()`. Each call records an op
 * and returns a new builder pointing at its parent (an op-log); `emit()` and
 * `build()` replay the ops since the nearest computed ancestor into a tree of
 * nodes (see tree.ts), copying shared nodes on write, so branches share
 * structure and a long chain costs one pass. `emit()` writes the text straight
 * from the tree; `build()` turns it into deep-frozen objects, cached per node.
 */
export class PayloadBuilder implements PayloadOutput {
  /** The class's name for `Object.prototype.toString` and error texts; unlike `constructor.name`, it survives minification. */
  get [Symbol.toStringTag](): string {
    return 'PayloadBuilder';
  }

  // Four fields, so that recording a call is one small builder and one op: the rest waits in #memo for emit()/build().
  readonly #origin: Origin;
  readonly #parent: PayloadBuilder | undefined;
  readonly #op: Op | undefined;
  #memo: Memo | undefined;

  constructor(origin: Origin, parent?: PayloadBuilder, op?: Op) {
    this.#origin = origin;
    this.#parent = parent;
    this.#op = op;
    this.#memo = parent === undefined ? memo(origin.root, origin.baseRaw) : undefined;
  }

  // The number of calls recorded before this builder: the index of the next op.
  get #length(): number {
    return this.#op === undefined ? 0 : this.#op.index + 1;
  }

  /** @internal Makes the first builder of a chain. */
  static create(base: unknown, options: PayloadOptions | undefined): PayloadBuilder {
    const resolved = resolveOptions(options, base instanceof PayloadBuilder ? base.#origin.options : undefined);
    const [value, raw] = base === undefined ? [{}, false] : objectInput(base, resolved, 'as the base');
    return new PayloadBuilder({ root: objectFromStored(value, 'base', ORIGIN), baseRaw: raw, options: resolved });
  }

  set(path: PathInput, value: unknown): PayloadBuilder {
    return this.#record('set', path, value);
  }

  push(path: PathInput, value: unknown): PayloadBuilder {
    return this.#record('push', path, value);
  }

  object(path: PathInput): PayloadBuilder {
    return this.#record('object', path);
  }

  array(path: PathInput): PayloadBuilder {
    return this.#record('array', path);
  }

  remove(path: PathInput): PayloadBuilder {
    return this.#record('remove', path);
  }

  update(path: PathInput, fnOrValue: unknown): PayloadBuilder {
    return this.#record('update', path, fnOrValue);
  }

  merge(partial: unknown): PayloadBuilder {
    const [value, raw] = objectInput(partial, this.#origin.options, 'to merge');
    return this.#chain({ kind: 'merge', index: this.#length, operation: 'merge', raw, value });
  }

  when(condition: boolean | ((builder: PayloadBuilder) => boolean), fn: (builder: PayloadBuilder) => PayloadBuilder): PayloadBuilder {
    const holds = typeof condition === 'function' ? condition(this) : condition;
    return holds ? applyFunction(fn, this, 'when') : this;
  }

  pipe(...fns: ((builder: PayloadBuilder) => PayloadBuilder)[]): PayloadBuilder {
    return fns.reduce<PayloadBuilder>((builder, fn) => applyFunction(fn, builder, 'pipe'), this);
  }

  produce(recipe: (draft: never) => unknown): PayloadBuilder {
    expectFunction(recipe, 'produce');
    if (currentProducer() === undefined) throw new PathpatchError(PRODUCE_NEEDS_IMMER);
    return this.#chain({ kind: 'produce', index: this.#length, operation: 'produce', raw: true, recipe });
  }

  build(): Readonly<Record<string, unknown>> {
    if (this.#memo?.plain !== undefined) return this.#memo.plain;
    const stored = materialize(this.#plainTree() ?? this.#shared(), true);
    const results = this.#memo as Memo;
    // Without raw numbers the frozen state already is plain JSON; with them, build() reads them as numbers.
    results.plain = (results.stateRaw ? toPlain(stored) : stored) as Readonly<Record<string, unknown>>;
    return results.plain;
  }

  toJSON(): Readonly<Record<string, unknown>> {
    return this.build();
  }

  emit(options?: EmitOptions): string {
    // crlf changes only line breaks, which compact text has none of.
    if (options?.pretty !== true) {
      if (this.#memo?.text !== undefined) return this.#memo.text;
      const text = emitCompact(this.#plainTree() ?? this.#shared(), (this.#memo as Memo).stateRaw);
      (this.#memo as Memo).text = text;
      return text;
    }
    const state = this.#shared();
    const text = emitPretty(state, (this.#memo as Memo).stateRaw, '');
    return options.crlf === true ? text.replace(/\n/g, '\r\n') : text;
  }

  get(path: PathInput): unknown {
    return read(this.build() as StoredObject, this.#path(path, 'get', false));
  }

  has(path: PathInput): boolean {
    return read(this.build() as StoredObject, this.#path(path, 'has', false)) !== undefined;
  }

  entries(): [string, unknown][] {
    return leafEntries(this.build(), this.#origin.options.delimiter);
  }

  equals(other: unknown): boolean {
    return this.diff(other).length === 0;
  }

  diff(other: unknown): JsonPatchOperation[] {
    return diffJson(this.build(), this.#plainOf(other));
  }

  toJsonPatch(): JsonPatchOperation[] {
    return diffJson(this.#base(), this.build());
  }

  toMergePatch(): unknown {
    return mergePatchOf(this.#base(), this.build(), this.#origin.options.delimiter);
  }

  send<Data = unknown>(options: SendOptions): Promise<SendResult<Data>> {
    // Loaded on first use, so that a bundle of payload() alone leaves send() and its HTTP client out.
    return import('../send/send.js').then((module) => module.send<Data>(this, options));
  }

  /** @internal The chain's options (for façades such as the Chilkat layer). */
  get options(): ResolvedOptions {
    return this.#origin.options;
  }

  // Every call that takes a path: set(), push(), object(), array(), remove() and update().
  #record(operation: Operation, path: PathInput, value?: unknown): PayloadBuilder {
    const segments = this.#path(path, operation, operation !== 'remove', operation === 'push');
    // JSON holds no functions, so update() with a function computes from the current value, and with anything else sets.
    const kind = operation === 'object' || operation === 'array' ? 'ensure' : operation === 'remove' ? 'remove' : operation === 'update' && typeof value === 'function' ? 'update' : 'set';
    let raw = false;
    // Scalars need no copy and no copy context: set() of a scalar is the common call (measured: the context's
    // allocation and the call made recording 1,000 set()s up to 45% slower).
    if (kind === 'set' && typeof value !== 'string' && typeof value !== 'boolean' && value !== null) {
      if (typeof value === 'number' && Number.isFinite(value)) {
        value = value + 0; // JSON has no -0: emit() writes 0, so build() holds 0 too
      } else {
        const context = copyContext(this.#origin.options);
        value = copyJsonValue(value, segments, context);
        raw = context.raw;
      }
    }
    // One shape for the ops of every path call (value: the stored value, update()'s function, or nothing), read monomorphically by the replays.
    return this.#chain({ kind, index: this.#length, operation, raw, segments, value } as Op);
  }

  // The state the chain started from, as plain JSON (what the patches are relative to).
  #base(): unknown {
    return toPlain(materialize(this.#origin.root, true));
  }

  #chain(op: Op): PayloadBuilder {
    const next = new PayloadBuilder(this.#origin, this, op);
    if (this.#origin.options.checks === 'eager') next.#replayNow();
    return next;
  }

  // Eager checks: replay this builder's op now, so that a conflict throws from the call that made it.
  #replayNow(): void {
    const parent = (this.#parent as PayloadBuilder).#memo;
    if (parent?.state === undefined || !parent.handOver) {
      this.#compute();
    } else {
      // A linear chain: take the parent's state over and change it in place (the parent recomputes it if ever asked).
      const op = this.#op as Op;
      const draft: Draft = { root: parent.state, token: parent.token as Token, raw: parent.stateRaw };
      parent.state = undefined;
      parent.handOver = false;
      applyOp(draft, op, this.#origin.options);
      const results = memo(draft.root, draft.raw || op.raw === true);
      results.token = draft.token;
      this.#memo = results;
    }
    (this.#memo as Memo).handOver = true;
  }

  /**
   * A path as an op stores it, checked: at least one segment, at most MAX_DEPTH, no `__proto__` (unless kept), and
   * `[]` only where it can append; `push` adds the append. A string path's errors point at its characters, an
   * array's at its segments.
   */
  #path(path: PathInput, method: string, appendable: boolean, push = false): readonly PathSegment[] {
    const { delimiter } = this.#origin.options;
    const parsed = typeof path === 'string' ? parsePathCached(path, delimiter) : undefined;
    const given = parsed?.segments ?? toSegments(path, delimiter);
    const segments: readonly PathSegment[] = push ? [...given, APPEND] : given;
    // The common case: a cached path with no __proto__ and no [] needs no further check.
    if (parsed !== undefined && !parsed.special && segments.length <= MAX_DEPTH) return segments;
    this.#checkPath(path, parsed, given, segments, method, appendable);
    return segments;
  }

  // #path's checks, apart: a function with closures allocates their context on every call, the common case's included.
  #checkPath(path: PathInput, parsed: ParsedPath | undefined, given: readonly PathSegment[], segments: readonly PathSegment[], method: string, appendable: boolean): void {
    const { delimiter, protoKeys } = this.#origin.options;
    const count = given.length;
    const syntax = (at: number, expected: string, found: string, text?: string): PathSyntaxError =>
      parsed === undefined
        ? new PathSyntaxError(text ?? segmentsText(given), at, expected, found, true)
        : new PathSyntaxError(path as string, parsed.positions[at] ?? (path as string).length, expected, found);
    // Too deep is named at the limit, whether the path or push()'s append goes past it.
    const deep = (): PathSyntaxError => syntax(MAX_DEPTH, `at most ${MAX_DEPTH} segments (the nesting limit)`, `${segments.length} segments`, `[${count} segments]`);
    if (count === 0) throw syntax(0, 'at least one segment', 'none');
    if (count > MAX_DEPTH) throw deep();
    const append = parsed === undefined ? 'APPEND' : '"[]"';
    for (let i = 0; i < count; i++) {
      const segment = given[i];
      if (segment === '__proto__' && protoKeys === 'error') {
        throw parsed === undefined
          ? UnsafeKeyError.inValue(formatPath(given.slice(0, i + 1), delimiter), segment)
          : UnsafeKeyError.inPath(path as string, parsed.positions[i] ?? 0, segment);
      }
      if (segment === APPEND && !appendable) throw syntax(i, `an index (${method}() reads, and ${append} only appends)`, append);
    }
    if (segments.length > MAX_DEPTH) throw deep();
  }

  // The computed state, from now on shared: no child may take it over and change it in place.
  #shared(): ObjectNode {
    const state = this.#compute();
    (this.#memo as Memo).handOver = false;
    return state;
  }

  /**
   * emit() and build() of a fresh chain by the plain replay (fast-replay.ts), when it applies: lazy checks, a chain from an
   * empty payload with no builder on the way that emitted or built (its other children replay from its state),
   * and nothing in the calls but the plain case (its memo then says whether the tree holds raw numbers).
   * Otherwise `undefined`, and the caller replays with #compute.
   */
  #plainTree(): Branch | undefined {
    if (this.#memo !== undefined || this.#origin.options.checks === 'eager' || this.#origin.root.members.size !== 0) return undefined;
    // Newest first, as the walk up the chain meets them.
    const ops = new Array<PlainOp>(this.#length);
    let count = 0;
    let raw = false;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- walking up the chain starts from this builder
    let node: PayloadBuilder = this;
    while (node.#parent !== undefined) {
      const op = node.#op as Op;
      // A remove, update, merge or produce is not the plain case: give up before building anything.
      if (node.#memo !== undefined || (op.kind !== 'set' && op.kind !== 'ensure')) return undefined;
      ops[count++] = op;
      raw ||= op.raw === true;
      node = node.#parent;
    }
    const tree = plainReplay(ops);
    // No state: a replay that passes this builder computes one (see #compute).
    if (tree !== undefined) this.#memo = memo(undefined, raw);
    return tree;
  }

  #compute(): ObjectNode {
    const own = this.#memo;
    if (own?.state !== undefined) return own.state;
    const chain: PayloadBuilder[] = [];
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- walking up the chain starts from this builder
    let node: PayloadBuilder = this;
    while (node.#memo?.state === undefined && node.#parent !== undefined) {
      chain.push(node);
      node = node.#parent;
    }
    // Reached: the root (whose state may have been handed over), or the nearest builder with a state.
    const from = node.#memo as Memo;
    // Another state's nodes are shared: a fresh token makes this replay copy them before any change.
    let draft: Draft = { root: from.state ?? this.#origin.root, token: {}, raw: from.stateRaw };
    const { options } = this.#origin;
    for (let i = chain.length - 1; i >= 0; i--) {
      const builder = chain[i] as PayloadBuilder;
      const op = builder.#op as Op;
      applyOp(draft, op, options);
      draft.raw ||= op.raw === true;
      // A builder on the way that emitted or built by the plain replay keeps the state it stands for, so
      // that its other children replay from there; from now on its nodes are shared, so a fresh token.
      const passed = builder.#memo;
      if (i > 0 && passed !== undefined) {
        keep(passed, draft);
        draft = { root: draft.root, token: {}, raw: draft.raw };
      }
    }
    this.#memo = keep(own ?? memo(undefined, false), draft);
    return draft.root;
  }

  #plainOf(other: unknown): unknown {
    if (other instanceof PayloadBuilder) return other.build();
    // Checked like every value a builder takes: a diff must not carry undefined, NaN, a Date or a cycle into its operations.
    return toPlain(copyJsonValue(other, [], copyContext(this.#origin.options)));
  }

  /** @internal A builder's state, shared, and whether it holds raw numbers. */
  static stateOf(builder: PayloadBuilder): [ObjectNode, boolean, ResolvedOptions] {
    const state = builder.#shared();
    return [state, (builder.#memo as Memo).stateRaw, builder.#origin.options];
  }
}

// What payload(base) and merge(partial) take: another builder's state, or a JSON object (copied, checked).
function objectInput(input: unknown, options: ResolvedOptions, role: string): [ObjectNode | StoredObject, boolean] {
  if (input instanceof PayloadBuilder) {
    const [state, raw, from] = PayloadBuilder.stateOf(input);
    // A chain that kept __proto__ keys hands its state to one that refuses them: checked as any value is (by copying it).
    if (options.protoKeys === 'error' && from.protoKeys === 'keep') copyJsonValue(materialize(state, true), [], copyContext(options));
    return [state, raw];
  }
  const context = copyContext(options);
  const value = copyJsonValue(input, [], context);
  if (!isObjectNode(value)) throw new JsonValueError('', describeValue(value), `an object (or a builder) ${role}`);
  return [value, context.raw];
}

// The callbacks of when(), pipe() and produce(): checked, so that a missing one is not a bare "n is not a function" (a minified name).
function expectFunction(fn: unknown, method: string): asserts fn is (builder: PayloadBuilder) => unknown {
  if (typeof fn !== 'function') throw new TypeError(`${method}() expects a function, found ${typeof fn}`);
}

function applyFunction(fn: unknown, builder: PayloadBuilder, method: string): PayloadBuilder {
  expectFunction(fn, method);
  const value = fn(builder);
  if (value instanceof PayloadBuilder) return value;
  throw new TypeError(`the function given to ${method}() must return a builder, found ${value === null ? 'null' : typeof value}`);
}
