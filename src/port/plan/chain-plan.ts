/**
 * The builder chain a script's body becomes, as data: one step per `Update*`
 * call, with the canonical path Chilkat really wrote to, plus the notes and
 * TODOs that belong at that place. Code generation renders it; other callers
 * (running a script, tests) can apply it to a real builder.
 *
 * @example
 * planChain(readScript(source, { file: 'a.au3' }).nodes).steps[0]; //=> { kind: 'set', line: 5, segments: ['name'], value: { kind: 'string', text: 'x' } }
 */
import type { ChilkatNode } from '../../chilkat/model.js';
import { createChilkatEvaluator, type PathEvaluator } from '../chilkat-evaluator.js';
import type { Diagnostic, IrNode } from '../ir.js';
import { redactedExcerpt } from './redacted-excerpt.js';
import { planRequest, type RequestPlan } from './request-plan.js';

/** One step of the chain. */
export type ChainStep =
  | { readonly kind: 'set'; readonly line: number; readonly segments: readonly (string | number)[]; readonly value: ChilkatNode }
  | { readonly kind: 'object' | 'array'; readonly line: number; readonly segments: readonly (string | number)[] }
  /** A call that has no effect in Chilkat: a plain comment (and a diagnostic). */
  | { readonly kind: 'no-effect'; readonly line: number; readonly message: string }
  /** Something not ported: a `TODO(pathpatch)` comment (and a diagnostic). */
  | { readonly kind: 'todo'; readonly line: number; readonly message: string };

/** The chain and the diagnostics found while planning it. */
export interface ChainPlan {
  readonly steps: readonly ChainStep[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Keys JavaScript orders before all others (array-index-like). */
const INTEGER_KEY = /^(?:0|[1-9]\d{0,8})$/;
/** A `\u00XX` escape with a hex letter, which Chilkat writes upper-case and JSON.stringify lower-case. */
const UPPER_HEX_ESCAPE = /\\u00[01][A-F]/;
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * Whether a diagnostic is about building the body (it goes in the chain) rather than the request (it goes in `main()`).
 *
 * @param node - An `unsupported` node.
 * @param sendLine - The line of the send call.
 * @returns `true` when the TODO belongs in the chain.
 * @example
 * belongsToBody({ kind: 'unsupported', line: 3, message: 'JsonObject.UpdateBd is not ported', source: '' }, 9); //=> true
 */
export function belongsToBody(node: Extract<IrNode, { kind: 'unsupported' }>, sendLine: number): boolean {
  return node.line < sendLine && !/^Http|header|URL|HTTP method|content type|AuthToken|Login|Password/.test(node.message);
}

/**
 * Plans the builder chain for a script's request body.
 *
 * @param nodes - The IR.
 * @param plan - The request plan (which JsonObject is the body). @default planRequest(nodes)
 * @param evaluator - The Chilkat-semantics step. @default createChilkatEvaluator()
 * @returns The steps and the diagnostics about them.
 * @example
 * planChain(nodes).diagnostics; //=> [{ line: 22, message: 'JsonObject.UpdateBd is not ported' }]
 */
export function planChain(nodes: readonly IrNode[], plan: RequestPlan = planRequest(nodes), evaluator: PathEvaluator = createChilkatEvaluator()): ChainPlan {
  const steps: ChainStep[] = [];
  const diagnostics: Diagnostic[] = [];
  const note = (kind: 'todo' | 'no-effect', line: number, message: string): void => {
    steps.push({ kind, line, message });
    diagnostics.push({ line, message });
  };
  const sendLine = plan.send?.line ?? Number.POSITIVE_INFINITY;
  const otherHandles = new Set<string>();
  const sendAt = plan.send === undefined ? nodes.length : nodes.indexOf(plan.send);
  const arrayRoot = nodes.slice(0, sendAt).findLast((node) => node.kind === 'new' && node.handle === plan.bodyHandle);
  if (arrayRoot?.kind === 'new' && arrayRoot.class === 'JsonArray') {
    note('todo', arrayRoot.line, `the body is the JsonArray ${arrayRoot.handle}: the builder makes objects only (--style chilkat ports it)`);
    return { steps, diagnostics };
  }
  // A body variable created again (C++ `delete` and `new`, C `_Dispose` and `_Create`, VB `Set x = New`)
  // is a new object: what the released one was given is not the body.
  const bodyStart = nodes.slice(0, sendAt).findLastIndex((node) => node.kind === 'new' && node.handle === plan.bodyHandle);
  // The body's handle and the handles that name parts of it now (`ArrayOf`, `ObjectAt`...).
  const body = new Set(plan.bodyHandle === undefined ? [] : [plan.bodyHandle]);
  for (const [index, node] of nodes.entries()) {
    if (index < bodyStart && 'handle' in node && node.handle === plan.bodyHandle && (node.kind === 'update' || node.kind === 'json-option')) continue;
    if (node.kind === 'new' && node.handle !== plan.bodyHandle) body.delete(node.handle);
    if (node.kind === 'json-ref') {
      body.delete(node.handle);
      if (index < bodyStart || !body.has(node.from)) continue;
      body.add(node.handle);
      const referred = evaluator.refer(node);
      if (!referred.ok) note('no-effect', node.line, `${node.from}.${node.method}(${JSON.stringify(node.arg)}) gives no object in Chilkat: ${referred.reason ?? ''}`);
      continue;
    }
    if (node.kind === 'array-add' && body.has(node.handle) && index >= bodyStart) {
      const added = evaluator.addAt(node);
      if (!added.ok) note('no-effect', node.line, `${node.handle}.${node.method}(${String(node.index)}) has no effect in Chilkat: ${added.reason ?? ''}`);
      // The builder appends; an insertion before existing elements moves them, which it cannot write.
      else if (added.inserted) note('todo', node.line, `${node.handle}.${node.method}(${String(node.index)}) inserts before existing elements; the builder only appends`);
      else if (added.write === 'object' || added.write === 'array') steps.push({ kind: added.write, line: node.line, segments: added.segments });
      continue;
    }
    if (node.kind === 'json-option' && body.has(node.handle)) evaluator.setOption(node.name, node.value, node.handle === plan.bodyHandle ? undefined : node.handle);
    if (node.kind === 'unsupported' && belongsToBody(node, sendLine)) steps.push({ kind: 'todo', line: node.line, message: `${node.message} (line ${String(node.line)}: ${redactedExcerpt(node.source)})` });
    if (node.kind === 'sb-append' && plan.send?.body.kind === 'sb' && node.handle === plan.send.body.handle) note('todo', node.line, 'text appended to the body StringBuilder is not ported');
    if (node.kind !== 'update') continue;
    if (!body.has(node.handle)) {
      if (!otherHandles.has(node.handle)) diagnostics.push({ line: node.line, message: `${node.handle} is not the request body; its updates are not ported` });
      otherHandles.add(node.handle);
      continue;
    }
    const outcome = evaluator.update(node);
    // Containers a failing call made keep their keys too: a raw one differs in the builder's bytes.
    for (const key of outcome.rawKeys) note('todo', node.line, `Chilkat writes the key ${JSON.stringify(key)} raw; the builder writes it as valid JSON, so the bytes differ`);
    const integerKey = [...outcome.created.flatMap((container) => container.segments), ...outcome.segments].find((segment) => typeof segment === 'string' && INTEGER_KEY.test(segment));
    if (integerKey !== undefined) note('todo', node.line, `the key ${JSON.stringify(integerKey)} is an integer: JavaScript objects list such keys first, so the builder's key order may differ from Chilkat's`);
    if (outcome.value?.kind === 'string' && UPPER_HEX_ESCAPE.test(outcome.value.text)) note('todo', node.line, `Chilkat escapes control characters with upper-case hex (\\u001F); the builder writes lower-case, the same JSON in other bytes`);
    if (!outcome.ok) {
      // Chilkat keeps what it created before failing, so the chain creates it too.
      for (const created of outcome.created) steps.push({ kind: created.kind, line: node.line, segments: created.segments });
      note('no-effect', node.line, `${node.method}(${JSON.stringify(node.path)}) has no effect in Chilkat: ${outcome.reason ?? 'the path fails'}`);
      continue;
    }
    if (outcome.write === 'object' || outcome.write === 'keep') steps.push({ kind: 'object', line: node.line, segments: outcome.segments });
    else if (outcome.write === 'array') steps.push({ kind: 'array', line: node.line, segments: outcome.segments });
    else if (outcome.value?.kind === 'number' && !JSON_NUMBER.test(outcome.value.text)) note('todo', node.line, `${node.method}(${JSON.stringify(node.path)}) writes text that is not a JSON number`);
    else if (outcome.value) steps.push({ kind: 'set', line: node.line, segments: outcome.segments, value: outcome.value });
  }
  return { steps, diagnostics };
}
