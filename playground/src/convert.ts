// What the page shows for one input: both TypeScript styles, the JSON body, the request and the diagnostics.
// Everything here runs in the browser: the porter, pathpatch/chilkat's JSON classes and the builder.
import { JsonObject } from '../../src/chilkat.js';
import { curlToIr, detectLanguage, executeIr, findLanguage, generateModule, jsonSampleToIr, LANGUAGES, postmanToIr, readWith, redactedHeaders } from '../../src/port.js';
import type { Diagnostic, IrScript } from '../../src/port.js';
import { redactUrl } from '../../src/send/index.js';

/** A source kind the page can read: a script language id, or one of the three non-script inputs. */
export interface SourceKind {
  readonly id: string;
  readonly name: string;
}

/** The non-script inputs, offered first in the language menu. */
export const INPUT_KINDS: readonly SourceKind[] = [
  { id: 'curl', name: 'curl command line' },
  { id: 'postman', name: 'Postman v2.1 collection' },
  { id: 'json', name: 'JSON sample' },
];

/** Every kind the language menu offers, in menu order. */
export const SOURCE_KINDS: readonly SourceKind[] = [...INPUT_KINDS, ...LANGUAGES.map((spec) => ({ id: spec.id, name: spec.name }))];

/** The request a script or collection makes, secrets masked (URL credentials and secret-named query values too). */
export interface ShownRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** Everything the output tabs show. */
export interface Conversion {
  readonly kind: SourceKind;
  readonly detected: boolean;
  readonly builder: string;
  readonly chilkat: string;
  /** The body: Chilkat's exact bytes and a pretty form (raw number text kept). */
  readonly json?: { readonly bytes: string; readonly pretty: string };
  readonly request?: ShownRequest;
  readonly diagnostics: readonly Diagnostic[];
  /** Set when the input could not be read at all; the other fields are then empty. */
  readonly error?: string;
}

const FILE = 'playground';

function isCollection(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'item' in value && 'info' in value;
}

function parsesAsJson(text: string): unknown {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Picks the source kind: curl by its first word, a collection or sample by parsing, a script by the porter's detector.
 *
 * @throws the porter's `UnknownLanguageError` when no script language matches.
 */
export function detectKind(text: string): SourceKind {
  if (/^\s*curl\s/.test(text)) return kindById('curl');
  const json = parsesAsJson(text);
  if (json !== undefined) return kindById(isCollection(json) ? 'postman' : 'json');
  const spec = detectLanguage(text, { file: FILE });
  return { id: spec.id, name: spec.name };
}

function kindById(id: string): SourceKind {
  const kind = SOURCE_KINDS.find((k) => k.id === id);
  if (kind === undefined) throw new Error(`unknown source kind ${JSON.stringify(id)}`);
  return kind;
}

/**
 * The requests of a Postman collection, as `Folder / Name` (the names postmanToIr takes), in order.
 *
 * @returns an empty list when the text is not a collection.
 */
export function listPostmanItems(text: string): string[] {
  const names: string[] = [];
  const walk = (items: unknown, prefix: string): void => {
    if (!Array.isArray(items)) return;
    for (const item of items as unknown[]) {
      if (typeof item !== 'object' || item === null) continue;
      const name = 'name' in item && typeof item.name === 'string' ? item.name : '';
      if ('request' in item) names.push(prefix + name);
      if ('item' in item) walk(item.item, `${prefix}${name} / `);
    }
  };
  const json = parsesAsJson(text);
  if (isCollection(json)) walk((json as { item: unknown }).item, '');
  return names;
}

function toIr(text: string, kind: SourceKind, item: string | undefined): IrScript {
  switch (kind.id) {
    case 'curl':
      return curlToIr(text);
    case 'postman':
      // A collection of several requests needs one picked; the first is the default.
      return postmanToIr(text, item ?? listPostmanItems(text)[0]);
    case 'json':
      return jsonSampleToIr(text);
    default: {
      const spec = findLanguage(kind.id);
      if (spec === undefined) throw new Error(`unknown language ${JSON.stringify(kind.id)}`);
      return readWith(text, spec);
    }
  }
}

// Chilkat's own pretty form of the exact bytes, so raw number text such as 1.50 survives.
function prettyOf(bytes: string): string {
  const json = new JsonObject({ invalidJson: 'allow' });
  if (!json.Load(bytes)) return bytes;
  json.EmitCompact = false;
  json.EmitCrLf = false;
  return json.Emit();
}

function uniqueDiagnostics(lists: readonly (readonly Diagnostic[])[]): Diagnostic[] {
  const seen = new Map<string, Diagnostic>();
  for (const diagnostic of lists.flat()) seen.set(`${String(diagnostic.line)}\u0000${diagnostic.message}`, diagnostic);
  return [...seen.values()].sort((a, b) => a.line - b.line);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Converts one input.
 *
 * @param text - What was pasted into the editor.
 * @param choice - `'auto'` to detect, or a kind id from {@link SOURCE_KINDS}.
 * @param item - For a Postman collection, the request to port (`Folder / Name`).
 * @returns What the output tabs show; `error` says why when the input cannot be read.
 */
export function convert(text: string, choice: string, item?: string): Conversion {
  let kind: SourceKind = { id: choice, name: choice };
  try {
    kind = choice === 'auto' ? detectKind(text) : kindById(choice);
    const ir = toIr(text, kind, item);
    const builder = generateModule(ir, { file: FILE, languageName: kind.name, style: 'builder' });
    const chilkat = generateModule(ir, { file: FILE, languageName: kind.name, style: 'chilkat' });
    const execution = executeIr(ir);
    const bytes = execution.request?.body ?? [...execution.bodies.values()].at(-1);
    const request = execution.request;
    return {
      kind,
      detected: choice === 'auto',
      builder: builder.code,
      chilkat: chilkat.code,
      ...(bytes === undefined ? {} : { json: { bytes, pretty: prettyOf(bytes) } }),
      ...(request === undefined ? {} : { request: { method: request.method, url: redactUrl(request.url), headers: redactedHeaders(request) } }),
      diagnostics: uniqueDiagnostics([builder.diagnostics, chilkat.diagnostics, execution.skipped]),
    };
  } catch (error) {
    return { kind, detected: choice === 'auto', builder: '', chilkat: '', diagnostics: [], error: messageOf(error) };
  }
}
