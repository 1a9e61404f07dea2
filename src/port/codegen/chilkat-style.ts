/**
 * `--style chilkat`: the same script against `pathpatch/chilkat`, statement
 * for statement, for teams that port step by step. Secrets and URL
 * placeholders are read from the environment here too.
 *
 * @example
 * generateChilkatModule(ir, { file: 'update.au3', languageName: 'AutoIt' }).code.includes('new JsonObject()'); //=> true
 */
import type { Diagnostic, IrNode, IrScript, IrValue } from '../ir.js';
import { finishModule, type CodegenOptions, type Generated } from './builder-style.js';
import { redactedExcerpt } from '../plan/redacted-excerpt.js';
import { credentialSource, filledUrlSource, headerValueSource } from './request-source.js';
import { commentText, tsIdentifier, tsString } from './ts-text.js';

const INDENT = '  ';
/** The send calls pathpatch/chilkat's Http implements. */
const SHIM_SENDS = new Set(['PTextSb', 'PText', 'HttpStr', 'HttpJson', 'PostJson', 'PostJson2', 'PostJson3', 'QuickGetStr', 'QuickDeleteStr']);

function valueArgument(method: string, value: IrValue | undefined): string {
  if (!value || value.type === 'null') return '';
  if (value.type === 'string') return `, ${tsString(value.value)}`;
  if (value.type === 'boolean') return `, ${String(value.value)}`;
  // UpdateNumber takes text; UpdateInt/UInt take a number.
  return method === 'UpdateNumber' ? `, ${tsString(value.text)}` : `, ${value.text}`;
}


/** What the body parameter of each pathpatch/chilkat send call takes. */
const BODY_PARAMETER: Readonly<Record<string, 'sb' | 'json' | 'text'>> = {
  PTextSb: 'sb', HttpJson: 'json', PostJson3: 'json', PText: 'text', HttpStr: 'text', PostJson: 'text', PostJson2: 'text',
};

/**
 * The source of a send call's body argument, converted to the type the
 * pathpatch/chilkat method takes: literal text for a StringBuilder parameter is
 * appended to a new StringBuilder (declared in `prelude`), a JsonObject or
 * StringBuilder for a text parameter is read with `Emit()`/`GetAsString()`.
 * `undefined` means the body has no counterpart (text where a JsonObject is
 * taken); `''` stands for no body.
 */
function bodyArgument(node: Extract<IrNode, { kind: 'send' }>, id: (handle: string) => string, prelude: string[], classes: Set<string>, kinds: ReadonlyMap<string, string>): string | undefined {
  const expects = BODY_PARAMETER[node.call];
  const body = node.body;
  if (body.kind === 'none' || expects === undefined) return "''";
  if (expects === 'text') {
    if (body.kind === 'text') return tsString(body.text);
    return kinds.get(body.handle) === 'StringBuilder' || body.kind === 'sb' ? `${id(body.handle)}.GetAsString()` : `${id(body.handle)}.Emit()`;
  }
  if (expects === 'sb') {
    if (body.kind === 'sb' && kinds.get(body.handle) !== 'JsonObject') return id(body.handle);
    const name = `${id(node.handle)}Body${String(node.line)}`;
    classes.add('StringBuilder');
    prelude.push(`${INDENT}const ${name} = new StringBuilder();`, `${INDENT}${name}.Append(${body.kind === 'text' ? tsString(body.text) : `${id(body.handle)}.Emit()`});`);
    return name;
  }
  if (body.kind !== 'text' && kinds.get(body.handle) !== 'StringBuilder') return id(body.handle);
  return undefined;
}

function sendArguments(node: Extract<IrNode, { kind: 'send' }>, id: (handle: string) => string, bodySource: string, responseHandle: string): string {
  const url = filledUrlSource(node.url);
  const body = node.body.kind === 'none' ? undefined : bodySource;
  const response = id(responseHandle);
  const ct = tsString(node.contentType ?? 'application/json');
  const charset = tsString(node.charset ?? 'utf-8');
  const verb = tsString(node.method);
  switch (node.call) {
    case 'PTextSb':
    case 'PText':
      return `${verb}, ${url}, ${body ?? "''"}, ${charset}, ${ct}, false, false`;
    case 'HttpSb':
    case 'HttpStr':
      // pathpatch/chilkat returns the response instead of filling one passed in.
      return `${verb}, ${url}, ${body ?? "''"}, ${charset}, ${ct}`;
    case 'HttpJson':
      return `${verb}, ${url}, ${body ?? "''"}, ${ct}, ${response}`;
    case 'HttpNoBody':
      return `${verb}, ${url}, ${response}`;
    case 'PostJson':
      return `${url}, ${body ?? "''"}`;
    case 'PostJson2':
    case 'PostJson3':
      return `${url}, ${ct}, ${body ?? "''"}`;
    case 'PutText':
      return `${url}, ${body ?? "''"}, ${charset}, ${ct}, false, false`;
    default:
      return url;
  }
}

/** Handles that some node after their creation refers to. */
function usedHandles(nodes: readonly IrNode[]): Set<string> {
  const used = new Set<string>();
  for (const node of nodes) {
    if (node.kind === 'new' || node.kind === 'unsupported') continue;
    if (node.kind === 'json-ref') {
      used.add(node.from);
      continue;
    }
    if (node.kind === 'print') {
      used.add(node.handle);
      continue;
    }
    used.add(node.handle);
    if (node.kind === 'update' && node.sb !== undefined) used.add(node.sb);
    if (node.kind === 'emit-sb') used.add(node.sb);
    if (node.kind === 'send' && node.body.kind !== 'text' && node.body.kind !== 'none') used.add(node.body.handle);
  }
  return used;
}

/**
 * Generates the Chilkat-style module.
 *
 * @param script - The IR.
 * @param options - File name, language name.
 * @returns The module text and diagnostics.
 * @example
 * generateChilkatModule({ language: 'vbscript', nodes: [] }, { file: 'a.vbs', languageName: 'VBScript' }).diagnostics; //=> []
 */
export function generateChilkatModule(script: IrScript, options: CodegenOptions): Generated {
  const diagnostics: Diagnostic[] = [];
  const classes = new Set<string>();
  const lines: string[] = [];
  const declared = new Set<string>();
  const names = new Map<string, string>();
  const id = (handle: string): string => {
    const known = names.get(handle);
    if (known !== undefined) return known;
    const name = tsIdentifier(handle);
    names.set(handle, name);
    return name;
  };
  const used = usedHandles(script.nodes);
  const kinds = new Map<string, string>(script.nodes.flatMap((node) => (node.kind === 'new' ? [[node.handle, node.class] as const] : [])));
  let unnamed = 0;
  const declaredResponses = new Set<string>();
  const sendResponses = script.nodes.flatMap((node) => (node.kind === 'send' && node.response !== undefined ? [node.response] : []));
  const reusedResponses = new Set(sendResponses.filter((handle, index) => sendResponses.indexOf(handle) !== index));
  // A variable given a second object (created again, or another part of a document) is declared once, with let.
  const recreated = new Set(script.nodes.filter((node) => node.kind === 'new' || node.kind === 'json-ref').map((node) => node.handle).filter((handle, index, all) => all.indexOf(handle) !== index));
  for (const node of script.nodes) {
    switch (node.kind) {
      case 'new': {
        if (node.class === 'HttpResponse' || node.class === 'HttpRequest') break;
        classes.add(node.class);
        const keyword = declared.has(node.handle) ? '' : recreated.has(node.handle) ? 'let ' : 'const ';
        declared.add(node.handle);
        // An object the script never uses again is still created, but not bound (strict configs reject unused locals).
        if (!used.has(node.handle)) lines.push(`${INDENT}new ${node.class}(); // ${id(node.handle)}: not used again`);
        else lines.push(`${INDENT}${keyword}${id(node.handle)} = new ${node.class}();`);
        break;
      }
      case 'json-ref': {
        const keyword = declared.has(node.handle) ? '' : recreated.has(node.handle) ? 'let ' : 'const ';
        declared.add(node.handle);
        const call = `${id(node.from)}.${node.method}(${typeof node.arg === 'string' ? tsString(node.arg) : String(node.arg)})`;
        // Chilkat gives null where there is no such part; the script would fail on its next call.
        if (!used.has(node.handle)) lines.push(`${INDENT}${call}; // ${id(node.handle)}: not used again`);
        else lines.push(`${INDENT}${keyword}${id(node.handle)} = ${call};`, `${INDENT}if (${id(node.handle)} === null) throw new Error(${id(node.from)}.LastErrorText);`);
        break;
      }
      case 'array-add':
        lines.push(`${INDENT}${id(node.handle)}.${node.method}(${String(node.index)});`);
        break;
      case 'update':
        lines.push(`${INDENT}${id(node.handle)}.${node.method}(${tsString(node.path)}${node.method === 'UpdateSb' && node.sb !== undefined ? `, ${id(node.sb)}` : valueArgument(node.method, node.value)});`);
        break;
      case 'json-option':
        lines.push(`${INDENT}${id(node.handle)}.${node.name} = ${typeof node.value === 'string' ? tsString(node.value) : String(node.value)};`);
        break;
      case 'sb-append':
        lines.push(`${INDENT}${id(node.handle)}.Append(${tsString(node.text)});`);
        break;
      case 'emit-sb':
        lines.push(`${INDENT}${id(node.handle)}.EmitSb(${id(node.sb)});`);
        break;
      case 'http-option':
        lines.push(`${INDENT}${id(node.handle)}.${node.name} = ${typeof node.value === 'boolean' ? String(node.value) : node.name === 'AuthToken' || node.name === 'Login' || node.name === 'Password' ? credentialSource(node.name, node.value).source : tsString(node.value)};`);
        break;
      case 'header':
        lines.push(`${INDENT}${id(node.handle)}.SetRequestHeader(${tsString(node.name)}, ${headerValueSource(node.name, node.value)});`);
        break;
      case 'send': {
        if (!SHIM_SENDS.has(node.call)) {
          const message = `Http.${node.call} has no counterpart in pathpatch/chilkat yet`;
          diagnostics.push({ line: node.line, message });
          lines.push(`${INDENT}// TODO(pathpatch): ${commentText(message)} (line ${String(node.line)})`);
          break;
        }
        const prelude: string[] = [];
        const bodySource = bodyArgument(node, id, prelude, classes, kinds);
        if (bodySource === undefined) {
          const message = `Http.${node.call} is sent a ${node.body.kind === 'text' ? 'literal text' : 'StringBuilder'} body where pathpatch/chilkat takes a JsonObject; not ported`;
          diagnostics.push({ line: node.line, message });
          lines.push(`${INDENT}// TODO(pathpatch): ${message} (line ${String(node.line)})`);
          break;
        }
        lines.push(...prelude);
        const receiver = id(node.handle);
        // Each request without a named response gets its own name (resp, resp2, ...).
        const responseHandle = node.response ?? (unnamed === 0 ? 'resp' : `resp${String(unnamed + 1)}`);
        if (node.response === undefined) unnamed += 1;
        const call = `await ${receiver}.${node.call}(${sendArguments(node, id, bodySource, responseHandle)})`;
        const resp = id(responseHandle);
        // A response variable the script reuses for a later request is declared once, with let.
        const declare = declaredResponses.has(resp) ? '' : reusedResponses.has(responseHandle) ? 'let ' : 'const ';
        declaredResponses.add(resp);
        if (node.call === 'HttpJson') {
          classes.add('HttpResponse');
          lines.push(`${INDENT}${declare}${resp} = new HttpResponse();`, `${INDENT}if (!(${call})) throw new Error(${receiver}.LastErrorText);`);
        } else if (node.call.startsWith('Quick')) {
          lines.push(`${INDENT}${declare}${resp} = ${call};`, `${INDENT}if (${resp} === null) throw new Error(${receiver}.LastErrorText);`, `${INDENT}console.log(${resp});`);
          break;
        } else {
          lines.push(`${INDENT}${declare}${resp} = ${call};`, `${INDENT}if (${resp} === null) throw new Error(${receiver}.LastErrorText);`);
        }
        lines.push(`${INDENT}console.log(${resp}.StatusCode);`, `${INDENT}console.log(${resp}.BodyStr);`);
        break;
      }
      case 'print':
        lines.push(`${INDENT}console.log(${id(node.handle)}.Emit());`);
        break;
      case 'unsupported':
        diagnostics.push({ line: node.line, message: node.message });
        lines.push(`${INDENT}// TODO(pathpatch): ${commentText(`${node.message} (line ${String(node.line)}: ${redactedExcerpt(node.source)})`)}`);
        break;
    }
  }
  const body = [
    ...importLines([...classes].sort()),
    '/** Runs the script as it was written, on pathpatch/chilkat. */',
    'export async function main(): Promise<void> {',
    ...lines,
    '}',
    '',
  ].join('\n');
  return finishModule(body, options, diagnostics);
}

// Http and HttpResponse are Node-only, so they come from their own entry; the JSON classes bundle anywhere.
function importLines(classes: readonly string[]): string[] {
  const json = classes.filter((name) => !name.startsWith('Http'));
  const http = classes.filter((name) => name.startsWith('Http'));
  return [
    ...(json.length === 0 ? [] : [`import { ${json.join(', ')} } from 'pathpatch/chilkat';`]),
    ...(http.length === 0 ? [] : [`import { ${http.join(', ')} } from 'pathpatch/chilkat/http';`]),
    ...(classes.length === 0 ? [] : ['']),
  ];
}
