import {
  addMember,
  createArrayNode,
  createObjectNode,
  findMemberIndex,
  type ChilkatArrayNode,
  type ChilkatNode,
  type ChilkatObjectNode,
} from './model.js';
import type { ChilkatIndex, ChilkatPathPlan, ChilkatStep } from './parse-chilkat-path.js';

/** The I, J, K index variables, read at each call. */
export interface ChilkatIndexVariables {
  readonly I: number;
  readonly J: number;
  readonly K: number;
}

/** What an Update* call writes at the end of its path. */
export type ChilkatWrite =
  | { readonly type: 'scalar'; readonly make: () => ChilkatNode }
  | { readonly type: 'object' }
  | { readonly type: 'array' };

/** Outcome of a walk: `ok`, or the reason it stopped (the tree may still hold what it created). */
export type ChilkatWalkResult = { readonly ok: true } | { readonly ok: false; readonly reason: string };

type Container = ChilkatObjectNode | ChilkatArrayNode;

/**
 * What one Update* walk did, for callers that need more than the tree (the porter writes each
 * call as a builder step with the canonical path Chilkat really wrote to).
 */
export interface ChilkatWriteTrace {
  /** The steps walked: keys as raw text, indexes resolved (an appended element has its new index). */
  readonly segments: (string | number)[];
  /** Containers created on the way, kept even when the walk fails (Chilkat does not roll back). */
  readonly created: { readonly segments: readonly (string | number)[]; readonly kind: 'object' | 'array' }[];
  /** The last step: a new node `set` (or replaced), a new `object`/`array` made, or an existing object `keep`. */
  final?: { readonly write: 'set' | 'object' | 'array' | 'keep'; readonly node: ChilkatNode };
}

let activeTrace: ChilkatWriteTrace | undefined;

/**
 * Runs `run` with every path write recorded into `trace` (synchronous; nesting restores the outer trace).
 *
 * @example
 * const trace: ChilkatWriteTrace = { segments: [], created: [] };
 * traceChilkatWrites(trace, () => new JsonObject().UpdateInt('a[3]', 1));
 * trace.segments; //=> ['a', 0]
 */
export function traceChilkatWrites<Result>(trace: ChilkatWriteTrace, run: () => Result): Result {
  const outer = activeTrace;
  activeTrace = trace;
  try {
    return run();
  } finally {
    activeTrace = outer;
  }
}

function walked(segment: string | number, created?: 'object' | 'array'): void {
  if (activeTrace === undefined) return;
  activeTrace.segments.push(segment);
  if (created !== undefined) activeTrace.created.push({ segments: [...activeTrace.segments], kind: created });
}

function wrote(write: 'set' | 'object' | 'array' | 'keep', node: ChilkatNode): void {
  if (activeTrace !== undefined) activeTrace.final = { write, node };
}

function writeKind(write: ChilkatWrite): 'set' | 'object' | 'array' {
  return write.type === 'scalar' ? 'set' : write.type;
}

/**
 * Resolves an index against an array length; -1 means "append" (negative, `[]`, or past the end).
 *
 * @example
 * resolveChilkatIndex({ type: 'number', value: 5 }, 3, { I: 0, J: 0, K: 0 }); //=> -1
 */
export function resolveChilkatIndex(index: ChilkatIndex, length: number, variables: ChilkatIndexVariables): number {
  const value = index.type === 'append' ? -1 : index.type === 'variable' ? variables[index.name] : index.value;
  return value < 0 || value >= length ? -1 : value;
}

function describeStep(step: ChilkatStep): string {
  if (step.type === 'member') return `member ${JSON.stringify(step.key)}`;
  const index = step.index;
  return `element [${index.type === 'append' ? '' : index.type === 'variable' ? index.name.toLowerCase() : String(index.value)}]`;
}

function kindName(node: ChilkatNode): string {
  return node.kind === 'placeholder' ? 'a placeholder object (made by UpdateNewObject at an index)' : `a ${node.kind === 'true' || node.kind === 'false' ? 'boolean' : node.kind}`;
}

function newContainer(kind: 'object' | 'array'): Container {
  return kind === 'object' ? createObjectNode() : createArrayNode();
}

function ensureContainer(
  current: Container,
  step: ChilkatStep,
  kind: 'object' | 'array',
  variables: ChilkatIndexVariables,
): Container | string {
  if (step.type === 'member') {
    if (current.kind !== 'object') return `${describeStep(step)} cannot be read from an array`;
    const index = findMemberIndex(current, step.key);
    if (index < 0) {
      const created = newContainer(kind);
      addMember(current, step.key, created);
      walked(step.key, kind);
      return created;
    }
    const existing = current.members[index]?.value;
    walked(step.key);
    if (existing?.kind === kind) return existing;
    return `${describeStep(step)} is ${existing === undefined ? 'missing' : kindName(existing)}, not an ${kind}`;
  }
  if (current.kind !== 'array') return `${describeStep(step)} cannot be read from an object`;
  const index = resolveChilkatIndex(step.index, current.items.length, variables);
  if (index < 0) {
    // Out-of-range indexes append: Chilkat arrays never get holes.
    const created = newContainer(kind);
    current.items.push(created);
    walked(current.items.length - 1, kind);
    return created;
  }
  const existing = current.items[index];
  walked(index);
  if (existing?.kind === kind) return existing;
  return `${describeStep(step)} is ${existing === undefined ? 'missing' : kindName(existing)}, not an ${kind}`;
}

/** Applies the overwrite table of docs/chilkat-semantics.md §5.1; returns the new node, `existing` to keep it, or a reason. */
function replacement(existing: ChilkatNode, write: ChilkatWrite, atIndex: boolean): ChilkatNode | string {
  if (existing.kind === 'object') {
    // A real object is never replaced; UpdateNewObject on it succeeds and keeps its content.
    return write.type === 'object' ? existing : `a real object stands there and is not replaced`;
  }
  if (write.type === 'scalar') return write.make();
  if (write.type === 'array') return createArrayNode();
  if (existing.kind === 'placeholder') return existing;
  return atIndex ? { kind: 'placeholder' } : createObjectNode();
}

function freshNode(write: ChilkatWrite, atIndex: boolean): ChilkatNode {
  if (write.type === 'scalar') return write.make();
  if (write.type === 'array') return createArrayNode();
  // UpdateNewObject with a final index leaves an object that paths cannot enter (docs/chilkat-semantics.md §5.3).
  return atIndex ? { kind: 'placeholder' } : createObjectNode();
}

function walkThrough(
  root: ChilkatObjectNode,
  plan: ChilkatPathPlan,
  variables: ChilkatIndexVariables,
): Container | string {
  let current: Container = root;
  for (const { step, container } of plan.through) {
    const next = ensureContainer(current, step, container, variables);
    if (typeof next === 'string') return next;
    current = next;
  }
  return current;
}

/**
 * Runs an Update* call: creates what is missing on the way, then writes the last step.
 *
 * Like Chilkat, a failing call keeps the containers it created before the failure point.
 *
 * @example
 * const root = createObjectNode();
 * writeChilkatPath(root, parseChilkatPath('a[0]', '.'), { type: 'object' }, { I: 0, J: 0, K: 0 }); //=> { ok: true }
 */
export function writeChilkatPath(
  root: ChilkatObjectNode,
  plan: ChilkatPathPlan,
  write: ChilkatWrite,
  variables: ChilkatIndexVariables,
): ChilkatWalkResult {
  const current = walkThrough(root, plan, variables);
  if (typeof current === 'string') return { ok: false, reason: current };
  const final = plan.final;
  if (final === undefined) return { ok: false, reason: plan.failure ?? 'the path is malformed' };
  if (final.type === 'member') {
    if (current.kind !== 'object') return { ok: false, reason: `${describeStep(final)} cannot be set on an array` };
    const index = findMemberIndex(current, final.key);
    walked(final.key);
    if (index < 0) {
      const fresh = freshNode(write, false);
      addMember(current, final.key, fresh);
      wrote(writeKind(write), fresh);
      return { ok: true };
    }
    const member = current.members[index];
    if (member === undefined) return { ok: false, reason: 'internal: member vanished' };
    const next = replacement(member.value, write, false);
    if (typeof next === 'string') return { ok: false, reason: `${describeStep(final)}: ${next}` };
    wrote(next === member.value ? 'keep' : 'set', next);
    member.value = next;
    return { ok: true };
  }
  if (current.kind !== 'array') return { ok: false, reason: `${describeStep(final)} cannot be set on an object` };
  const index = resolveChilkatIndex(final.index, current.items.length, variables);
  if (index < 0) {
    const fresh = freshNode(write, true);
    current.items.push(fresh);
    walked(current.items.length - 1);
    wrote(writeKind(write), fresh);
    return { ok: true };
  }
  const existing = current.items[index];
  if (existing === undefined) return { ok: false, reason: 'internal: element vanished' };
  walked(index);
  const next = replacement(existing, write, true);
  if (typeof next === 'string') return { ok: false, reason: `${describeStep(final)}: ${next}` };
  wrote(next === existing ? 'keep' : 'set', next);
  current.items[index] = next;
  return { ok: true };
}

/**
 * Finds the node a path names, creating nothing (the getters' walk).
 *
 * @example
 * readChilkatPath(createObjectNode(), parseChilkatPath('a', '.'), { I: 0, J: 0, K: 0 }); //=> undefined
 */
export function readChilkatPath(
  root: ChilkatObjectNode,
  plan: ChilkatPathPlan,
  variables: ChilkatIndexVariables,
): ChilkatNode | undefined {
  if (plan.final === undefined) return undefined;
  let current: ChilkatNode = root;
  const steps = [...plan.through.map((item) => item.step), plan.final];
  const kinds = [...plan.through.map((item) => item.container), undefined];
  for (let position = 0; position < steps.length; position += 1) {
    const step = steps[position];
    if (step === undefined) return undefined;
    let next: ChilkatNode | undefined;
    if (step.type === 'member') {
      if (current.kind !== 'object') return undefined;
      next = current.members[findMemberIndex(current, step.key)]?.value;
    } else {
      if (current.kind !== 'array') return undefined;
      const index = resolveChilkatIndex(step.index, current.items.length, variables);
      next = index < 0 ? undefined : current.items[index];
    }
    if (next === undefined) return undefined;
    const kind = kinds[position];
    if (kind !== undefined && next.kind !== kind) return undefined;
    current = next;
  }
  return current;
}
