/**
 * `--style builder`: an idiomatic TypeScript module with a body interface, a
 * `buildPayload()` builder chain with canonical paths, and a `main()` that
 * sends it.
 *
 * @example
 * generateBuilderModule(ir, { file: 'update.au3', languageName: 'AutoIt' }).code.includes('export function buildPayload()'); //=> true
 */
import { formatPath } from '../../path/index.js';
import { planChain, belongsToBody, type ChainStep } from '../plan/chain-plan.js';
import { createChilkatEvaluator, type PathEvaluator } from '../chilkat-evaluator.js';
import type { Diagnostic, IrScript } from '../ir.js';
import { interfaceSource } from './infer-interface.js';
import { redactedExcerpt } from '../plan/redacted-excerpt.js';
import { planRequest, type RequestPlan } from '../plan/request-plan.js';
import { ENV_HELPER, sendOptionSources } from './request-source.js';
import { commentText, tsString, valueSource } from './ts-text.js';

/**
 * Options shared by both code generators.
 *
 * @example
 * const options: CodegenOptions = { file: 'update.au3', languageName: 'AutoIt' };
 */
export interface CodegenOptions {
  /** The script's file name, for the header and diagnostics. */
  readonly file: string;
  /** The language's display name. */
  readonly languageName: string;
  /** The evaluation step (Chilkat semantics); `pathpatch/chilkat`'s engine by default. */
  readonly evaluator?: () => PathEvaluator;
  /** Name of the generated body interface. @default 'RequestBody' */
  readonly interfaceName?: string;
}

/**
 * Generated code and what could not be translated.
 *
 * @example
 * generateModule(ir, { file: 'a.au3', languageName: 'AutoIt' }).diagnostics; //=> [{ line: 22, message: 'JsonObject.UpdateBd is not ported' }]
 */
export interface Generated {
  readonly code: string;
  readonly diagnostics: readonly Diagnostic[];
}

const CHAIN = '    ';

function todo(message: string, indent: string): string {
  return `${indent}// TODO(pathpatch): ${commentText(message)}`;
}

/** Renders the chain steps as builder calls. */
function renderChain(steps: readonly ChainStep[], uses: Set<string>): string[] {
  return steps.map((step) => {
    switch (step.kind) {
      case 'todo':
        return todo(step.message, CHAIN);
      case 'no-effect':
        return `${CHAIN}// ${commentText(step.message)} (line ${String(step.line)})`;
      case 'object':
      case 'array':
        return `${CHAIN}.${step.kind}(${tsString(formatPath(step.segments))})`;
      case 'set': {
        const value = valueSource(step.value) ?? 'null';
        if (value.startsWith('rawNumber(')) uses.add('rawNumber');
        return `${CHAIN}.set(${tsString(formatPath(step.segments))}, ${value})`;
      }
    }
  });
}

function mainSource(plan: RequestPlan, todos: readonly string[], printsBody: boolean): string {
  const lines: string[] = [...todos];
  const send = plan.send;
  if (!send && printsBody) {
    lines.push('  // The script prints the body it builds; so does main().', '  console.log(buildPayload().emit());');
    return lines.join('\n');
  }
  if (send?.body.kind === 'none') {
    lines.push(todo(`the script sends a ${send.method} without a body (line ${String(send.line)}); send() always sends one, so use fetch() for ${plan.url}`, '  '));
    return lines.join('\n');
  }
  if (!send) {
    lines.push(todo('the script sends no request; printing the body instead', '  '), '  console.log(buildPayload().emit());');
    return lines.join('\n');
  }
  if (plan.pretty) lines.push('  // The script emitted pretty JSON (EmitCompact = false); send() sends the same data compact.');
  const options = sendOptionSources(plan, send.method);
  if (plan.unsent !== undefined) lines.push(`  // ${plan.unsent}`);
  if (send.body.kind === 'text') lines.push(todo(`the script sent literal text as the body (line ${String(send.line)}); port it into buildPayload()`, '  '));
  if (printsBody) lines.push('  console.log(buildPayload().emit());');
  lines.push(`  const response = await send(buildPayload(), {`, ...options.map((option) => `    ${option},`), '  });');
  lines.push('  console.log(response.status);', '  console.log(JSON.stringify(response.data));');
  return lines.join('\n');
}

/**
 * Every env var a generated module reads, for its header comment.
 *
 * @param code - Generated source.
 * @returns Env var names in order of first use.
 * @example
 * envNames("env('A'); env('B'); env('A')"); //=> ['A', 'B']
 */
export function envNames(code: string): string[] {
  return [...new Set([...code.matchAll(/env\('([A-Z0-9_]+)'\)/g)].map((match) => match[1] ?? ''))];
}

/**
 * Generates the builder-style module.
 *
 * @param script - The IR.
 * @param options - File name, language name, evaluator.
 * @returns The module text and diagnostics.
 * @example
 * generateBuilderModule({ language: 'autoit', nodes: [] }, { file: 'x.au3', languageName: 'AutoIt' }).diagnostics; //=> []
 */
export function generateBuilderModule(script: IrScript, options: CodegenOptions): Generated {
  const nodes = script.nodes;
  const diagnostics: Diagnostic[] = nodes.flatMap((node) => (node.kind === 'unsupported' ? [{ line: node.line, message: node.message }] : []));
  const plan = planRequest(nodes);
  const evaluator = (options.evaluator ?? createChilkatEvaluator)();
  const chainPlan = planChain(nodes, plan, evaluator);
  diagnostics.push(...chainPlan.diagnostics);
  const uses = new Set(['payload']);
  if (plan.send && plan.send.body.kind !== 'none') uses.add('send');
  if (plan.send?.body.kind === 'none') diagnostics.push({ line: plan.send.line, message: `a ${plan.send.method} without a body is not ported: send() always sends one` });
  const chain = renderChain(chainPlan.steps, uses);
  for (const extra of nodes.filter((node) => node.kind === 'send' && node !== plan.send)) {
    diagnostics.push({ line: extra.line, message: 'a second request is not ported in builder style (use --style chilkat)' });
  }
  const sendLine = plan.send?.line ?? Number.POSITIVE_INFINITY;
  const mainTodos = nodes.flatMap((node) =>
    node.kind === 'unsupported' && !belongsToBody(node, sendLine) ? [todo(`${node.message} (line ${String(node.line)}: ${redactedExcerpt(node.source)})`, '  ')] : [],
  );
  const name = options.interfaceName ?? 'RequestBody';
  const lastCall = chain.findLastIndex((line) => !line.trimStart().startsWith('//'));
  // The strict builder refuses `__proto__`; Chilkat writes it as a plain key, so keep it.
  const protoKeys = chainPlan.steps.some((step) => 'segments' in step && step.segments.includes('__proto__'));
  const create = protoKeys ? `payload<${name}>({}, { protoKeys: 'keep' })` : `payload<${name}>()`;
  const chainText = lastCall < 0 ? `  return ${create};${chain.length > 0 ? `\n${chain.join('\n')}` : ''}` : `  return ${create}\n${chain.map((line, index) => (index === lastCall ? `${line};` : line)).join('\n')}`;
  const printsBody = nodes.some((node) => node.kind === 'print' && node.handle === plan.bodyHandle);
  const main = mainSource(plan, mainTodos, printsBody);
  const body = [
    `import { ${[...uses].sort().join(', ')} } from 'pathpatch';`,
    '',
    `/** The request body, inferred from what the script builds. */`,
    interfaceSource(name, evaluator.root()),
    '',
    '/** Builds the request body the way the script did, with canonical paths. */',
    'export function buildPayload() {',
    chainText,
    '}',
    '',
    '/** Sends the request like the script did; secrets come from the environment. */',
    'export async function main(): Promise<void> {',
    main,
    '}',
    '',
  ].join('\n');
  return finishModule(body, options, diagnostics);
}

/**
 * Adds the header comment (file, language, env vars read) and the env helper when it is used.
 *
 * @param body - The module without header.
 * @param options - File and language.
 * @param diagnostics - Diagnostics to return, sorted by line.
 * @returns The finished module.
 * @example
 * finishModule('', { file: 'a.vbs', languageName: 'VBScript' }, []).code.startsWith('/**'); //=> true
 */
export function finishModule(body: string, options: CodegenOptions, diagnostics: readonly Diagnostic[]): Generated {
  const full = /\benv\(/.test(body) ? `${body}\n${ENV_HELPER}\n` : body;
  const env = envNames(full);
  const header = [
    '/**',
    ` * Ported by pathpatch from ${commentText(options.file)} (${commentText(options.languageName)}).`,
    env.length > 0 ? ` * main() reads these environment variables: ${env.join(', ')}.` : ' * main() reads no environment variables.',
    ' */',
  ].join('\n');
  return { code: `${header}\n${full}`, diagnostics: [...diagnostics].sort((a, b) => a.line - b.line) };
}
