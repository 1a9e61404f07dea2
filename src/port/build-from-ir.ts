import { payload } from '../builder/index.js';
import { rawNumber } from '../json/index.js';
import type { Payload } from '../types/payload.js';
import { planChain } from './plan/chain-plan.js';
import type { ChilkatNode } from '../chilkat/model.js';
import type { PathEvaluator } from './chilkat-evaluator.js';
import { storedText } from './stored-text.js';
import type { IrScript } from './ir.js';

/**
 * Builds, with the strict builder, the body a script's IR describes: the chain `pathpatch port` writes
 * out as code (planned by `planChain`, paths resolved with Chilkat's semantics), applied directly.
 *
 * @param script - the IR of a script.
 * @param evaluator - the Chilkat-semantics step; `pathpatch/chilkat`'s engine by default.
 * @returns the builder.
 * @example
 * ```ts
 * payloadFromIr(readScript(source, { file: 'update.au3' })).emit(); //=> '{"name":"x"}'
 * ```
 */
export function payloadFromIr(script: IrScript, evaluator?: PathEvaluator): Payload {
  const { steps } = planChain(script.nodes, undefined, evaluator);
  // Chilkat writes `__proto__` as a plain key; the strict builder would refuse it.
  const protoKeys = steps.some((step) => 'segments' in step && step.segments.includes('__proto__'));
  let builder: Payload = protoKeys ? payload({}, { protoKeys: 'keep' }) : payload();
  for (const step of steps) {
    if (step.kind === 'set') builder = builder.set(step.segments, toValue(step.value));
    else if (step.kind === 'object') builder = builder.object(step.segments);
    else if (step.kind === 'array') builder = builder.array(step.segments);
  }
  return builder;
}

function toValue(node: ChilkatNode): unknown {
  switch (node.kind) {
    case 'object':
      return Object.fromEntries(node.members.map((member) => [storedText(member.key), toValue(member.value)]));
    case 'array':
      return node.items.map(toValue);
    case 'string':
      return storedText(node.text);
    case 'true':
    case 'false':
      return node.kind === 'true';
    case 'number':
      return String(Number(node.text)) === node.text ? Number(node.text) : rawNumber(node.text);
    case 'null':
      return null;
    case 'placeholder':
      return {};
  }
}
