import { JsonValueError, PathpatchError } from '../../../src/errors/index.js';
import type { EmitOptions } from '../../../src/emit/index.js';
import { copyJsonValue, describeValue, isObjectNode, toPlain, type StoredObject, type StoredValue } from '../../../src/json/index.js';
import { APPEND, type PathInput, type PathSegment } from '../../../src/path/index.js';
import { checkedPath } from './checked-path.js';
import type { SendOptions, SendResult } from '../../../src/send/index.js';
import { leafEntries } from '../../../src/builder/entries.js';
import { diffJson, type JsonPatchOperation } from '../../../src/builder/json-patch.js';
import { mergePatchOf } from '../../../src/builder/merge-patch.js';
import type { Operation } from '../../../src/builder/ops.js';
import { resolveOptions, type PayloadOptions, type ResolvedOptions } from '../../../src/builder/options.js';
import { currentProducer, PRODUCE_NEEDS_IMMER } from '../../../src/builder/produce-plugin.js';
import { clone, freeze, Obj, own, type Op } from './nodes.js';
import { applyOp, type State } from './replay.js';
import { writeText } from './write-text.js';
import { copyContext } from '../../../src/builder/options.js';

/** What every builder of one chain shares: the base (stored, or another chain's tree), and the options. */
interface Origin {
  readonly base: StoredObject | Obj | undefined;
  readonly raw: boolean;
  readonly options: ResolvedOptions;
}

/**
 * The builder of the single-replay design. Each call records an op and returns a new builder pointing at its
 * parent; `emit()` and `build()` replay the whole chain from the origin, oldest first, into fresh mutable
 * nodes (nothing shared between branches), then write text or deep-frozen objects, cached per builder.
 * Under `checks: 'eager'` each call applies its op at once to the state its parent hands over (a linear
 * chain stays one pass); a builder whose state was taken, or a branch, replays from the origin.
 */
export class SingleBuilder {
  get [Symbol.toStringTag](): string {
    return 'PayloadBuilder';
  }

  readonly #origin: Origin;
  readonly #parent: SingleBuilder | undefined;
  readonly #op: Op | undefined;
  // The tree this builder stands for, once replayed (under eager checks, until a child takes it over).
  #state: State | undefined = undefined;
  #text: string | undefined = undefined;
  #plain: Readonly<Record<string, unknown>> | undefined = undefined;

  constructor(origin: Origin, parent?: SingleBuilder, op?: Op) {
    this.#origin = origin;
    this.#parent = parent;
    this.#op = op;
  }

  /** Makes the first builder of a chain. */
  static create(base: unknown, options: PayloadOptions | undefined): SingleBuilder {
    const resolved = resolveOptions(options, base instanceof SingleBuilder ? base.#origin.options : undefined);
    const [value, raw] = base === undefined ? [undefined, false] : SingleBuilder.#input(base, resolved, 'as the base');
    return new SingleBuilder({ base: value, raw, options: resolved });
  }

  set(path: PathInput, value: unknown): SingleBuilder {
    return this.#record('set', path, value);
  }

  push(path: PathInput, value: unknown): SingleBuilder {
    return this.#record('push', path, value);
  }

  object(path: PathInput): SingleBuilder {
    return this.#record('object', path);
  }

  array(path: PathInput): SingleBuilder {
    return this.#record('array', path);
  }

  remove(path: PathInput): SingleBuilder {
    return this.#record('remove', path);
  }

  update(path: PathInput, fnOrValue: unknown): SingleBuilder {
    return this.#record('update', path, fnOrValue);
  }

  merge(partial: unknown): SingleBuilder {
    const [value, raw] = SingleBuilder.#input(partial, this.#origin.options, 'to merge');
    return this.#chain('merge', 'merge', raw, undefined, value);
  }

  when(condition: boolean | ((builder: SingleBuilder) => boolean), fn: (builder: SingleBuilder) => SingleBuilder): SingleBuilder {
    const holds = typeof condition === 'function' ? condition(this) : condition;
    return holds ? checkBuilder(fn(this), 'when') : this;
  }

  pipe(...fns: ((builder: SingleBuilder) => SingleBuilder)[]): SingleBuilder {
    return fns.reduce<SingleBuilder>((builder, fn) => checkBuilder(fn(builder), 'pipe'), this);
  }

  produce(recipe: (draft: never) => unknown): SingleBuilder {
    if (typeof recipe !== 'function') throw new TypeError(`produce() expects a recipe function, found ${typeof recipe}`);
    if (currentProducer() === undefined) throw new PathpatchError(PRODUCE_NEEDS_IMMER);
    return this.#chain('produce', 'produce', true, undefined, recipe);
  }

  build(): Readonly<Record<string, unknown>> {
    if (this.#plain === undefined) {
      const { root, raw } = this.#replay();
      const stored = freeze(root);
      // build() reads raw numbers as numbers.
      this.#plain = (raw ? toPlain(stored) : stored) as Readonly<Record<string, unknown>>;
    }
    return this.#plain;
  }

  toJSON(): Readonly<Record<string, unknown>> {
    return this.build();
  }

  emit(options?: EmitOptions): string {
    // crlf changes only line breaks, which compact text has none of.
    if (options?.pretty !== true) {
      if (this.#text === undefined) {
        const { root, raw } = this.#replay();
        this.#text = writeText(root, raw);
      }
      return this.#text;
    }
    const { root, raw } = this.#replay();
    const text = writeText(root, raw, '\n');
    return options.crlf === true ? text.replace(/\n/g, '\r\n') : text;
  }

  get(path: PathInput): unknown {
    return read(this.build(), checkedPath(path, this.#origin.options, 'get', false));
  }

  has(path: PathInput): boolean {
    return read(this.build(), checkedPath(path, this.#origin.options, 'has', false)) !== undefined;
  }

  entries(): [string, unknown][] {
    return leafEntries(this.build(), this.#origin.options.delimiter);
  }

  equals(other: unknown): boolean {
    return this.diff(other).length === 0;
  }

  diff(other: unknown): JsonPatchOperation[] {
    return diffJson(this.build(), other instanceof SingleBuilder ? other.build() : toPlain(copyJsonValue(other, [], copyContext(this.#origin.options))));
  }

  toJsonPatch(): JsonPatchOperation[] {
    return diffJson(this.#base(), this.build());
  }

  toMergePatch(): unknown {
    return mergePatchOf(this.#base(), this.build());
  }

  send<Data = unknown>(options: SendOptions): Promise<SendResult<Data>> {
    // Loaded on first use, so that a bundle of payload() alone leaves send() out.
    return import('../../../src/send/send.js').then((module) => module.send<Data>(this, options));
  }

  /** The chain's options. */
  get options(): ResolvedOptions {
    return this.#origin.options;
  }

  // The calls that take a path: set(), push(), object(), array(), remove() and update().
  #record(operation: Operation, path: PathInput, value?: unknown): SingleBuilder {
    const segments = checkedPath(path, this.#origin.options, operation, operation !== 'remove', operation === 'push');
    // JSON holds no functions, so update() with a function computes from the current value, and with anything else sets.
    const kind = operation === 'object' || operation === 'array' ? 'ensure' : operation === 'remove' ? 'remove' : operation === 'update' && typeof value === 'function' ? 'update' : 'set';
    let raw = false;
    if (kind === 'set') {
      const context = copyContext(this.#origin.options);
      value = copyJsonValue(value, segments, context);
      raw = context.raw;
    }
    return this.#chain(kind, operation, raw, segments, value);
  }

  #chain(kind: Op['kind'], operation: Operation, raw: boolean, segments: readonly PathSegment[] | undefined, value: unknown): SingleBuilder {
    const op: Op = { kind, index: this.#op === undefined ? 0 : this.#op.index + 1, operation, raw, segments, value };
    const next = new SingleBuilder(this.#origin, this, op);
    if (this.#origin.options.checks === 'eager') {
      // Take the parent's state over (a linear chain: one pass), or replay up to the parent (a branch). A throw drops it.
      const state = this.#replay();
      this.#state = undefined;
      applyOp(state, op, this.#origin.options);
      next.#state = state;
    }
    return next;
  }

  // This builder's tree: its own, or a fresh replay of the whole chain from the origin, oldest op first.
  #replay(): State {
    if (this.#state !== undefined) return this.#state;
    const ops: Op[] = [];
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- walking up the chain starts from this builder
    for (let node: SingleBuilder = this; node.#op !== undefined; node = node.#parent as SingleBuilder) ops.push(node.#op);
    const { base, raw, options } = this.#origin;
    const state: State = { root: base === undefined ? new Obj() : base instanceof Obj ? (clone(base) as Obj) : (own(base, 'base') as Obj), raw };
    for (let i = ops.length - 1; i >= 0; i--) applyOp(state, ops[i] as Op, options);
    this.#state = state;
    return state;
  }

  // The state the chain started from, as plain JSON (what the patches are relative to).
  #base(): StoredValue {
    const { base } = this.#origin;
    return base === undefined ? {} : toPlain(freeze(base));
  }

  // What payload(base) and merge(partial) take: another builder's tree (copied), or a JSON object (copied, checked).
  static #input(input: unknown, options: ResolvedOptions, role: string): [StoredObject | Obj, boolean] {
    if (input instanceof SingleBuilder) {
      const state = input.#replay();
      // A chain that kept __proto__ keys hands its state to one that refuses them: checked as any value is.
      if (options.protoKeys === 'error' && input.#origin.options.protoKeys === 'keep') copyJsonValue(freeze(state.root), [], { protoKeys: 'error', delimiter: '.', raw: false });
      return [clone(state.root) as Obj, state.raw];
    }
    const context = copyContext(options);
    const value = copyJsonValue(input, [], context);
    if (!isObjectNode(value)) throw new JsonValueError('', describeValue(value), `an object (or a builder) ${role}`);
    return [value, context.raw];
  }
}


function checkBuilder(value: unknown, method: string): SingleBuilder {
  if (value instanceof SingleBuilder) return value;
  throw new TypeError(`the function given to ${method}() must return a builder, found ${value === null ? 'null' : typeof value}`);
}

// The value at `segments` in built JSON, or undefined when a step is missing or of the wrong kind.
function read(root: unknown, segments: readonly PathSegment[]): unknown {
  let node = root;
  for (const segment of segments) {
    if (typeof segment === 'string' ? !isObjectNode(node) || !Object.hasOwn(node, segment) : !Array.isArray(node) || segment === APPEND) return undefined;
    node = (node as Record<string | number, unknown>)[segment as string | number];
  }
  return node;
}
