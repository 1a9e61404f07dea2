import { payload } from '../builder/index.js';
import { rawNumber } from '../json/index.js';
import type { Payload } from '../types/payload.js';
import { createChilkatModel, type ModelNode, type PathEvaluator } from './chilkat-model.js';
import type { IrScript } from './ir.js';
import { planRequest } from './codegen/request-plan.js';

/**
 * Builds, with the strict builder, the body a script's IR describes: the same chain `pathpatch port`
 * writes out as code (paths resolved with Chilkat's semantics, one builder call per Update*), run directly.
 *
 * @param script - the IR of a script.
 * @param evaluator - the Chilkat-semantics step. @default createChilkatModel()
 * @returns the builder.
 * @example
 * ```ts
 * payloadFromIr(readScript(source, { file: 'update.au3' })).emit(); //=> '{"name":"x"}'
 * ```
 */
export function payloadFromIr(script: IrScript, evaluator: PathEvaluator = createChilkatModel()): Payload {
  const { bodyHandle } = planRequest(script.nodes);
  // Chilkat appends past the end and leaves conflicting updates out; the strict builder is told to do the same.
  let builder = payload({}, { gaps: 'append', conflicts: 'skip' });
  for (const node of script.nodes) {
    if (node.kind === 'json-option' && node.handle === bodyHandle) evaluator.setOption(node.name, node.value);
    if (node.kind !== 'update' || (bodyHandle !== undefined && node.handle !== bodyHandle)) continue;
    const outcome = evaluator.update(node);
    if (!outcome.ok) {
      for (const created of outcome.created) builder = created.kind === 'object' ? builder.object(created.segments) : builder.array(created.segments);
      continue;
    }
    if (outcome.write === 'object' || outcome.write === 'keep') builder = builder.object(outcome.segments);
    else if (outcome.write === 'array') builder = builder.array(outcome.segments);
    else if (outcome.value !== undefined) builder = builder.set(outcome.segments, toValue(outcome.value));
  }
  return builder;
}

function toValue(node: ModelNode): unknown {
  switch (node.kind) {
    case 'object':
      return Object.fromEntries(node.entries.map(([key, value]) => [key, toValue(value)]));
    case 'array':
      return node.items.map(toValue);
    case 'string':
    case 'boolean':
      return node.value;
    case 'number':
      return String(Number(node.text)) === node.text ? Number(node.text) : rawNumber(node.text);
    case 'null':
    case 'placeholder':
      return node.kind === 'null' ? null : {};
  }
}
