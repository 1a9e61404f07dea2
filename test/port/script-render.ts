// Renders a sequence of JsonObject calls as a legacy script in several languages' syntax, so the
// differential tests and the oracle fuzzer can port scripts and compare what they build.
import type { UpdateMethod } from '../../src/port/index.js';

/** One call of a script. */
export type ScriptOp =
  | { readonly m: Exclude<UpdateMethod, 'UpdateSb'>; readonly p: string; readonly v?: string | number | boolean }
  | { readonly m: 'set'; readonly name: 'I' | 'J' | 'K'; readonly v: number }
  | { readonly m: 'set'; readonly name: 'DelimiterChar'; readonly v: string }
  | { readonly m: 'set'; readonly name: 'EmitCompact' | 'EmitCrLf'; readonly v: boolean };

interface Syntax {
  readonly lang: string;
  readonly ext: string;
  /** A string literal, or `undefined` when the language cannot spell the text in one literal. */
  readonly text: (value: string) => string | undefined;
  readonly bool: (value: boolean) => string;
  readonly open: readonly string[];
  readonly call: (method: string, args: readonly string[]) => string;
  readonly set: (name: string, value: string) => string;
  readonly print: string;
  readonly close: readonly string[];
}

// eslint-disable-next-line no-control-regex -- control characters are what BASIC and Pascal literals cannot hold
const CONTROL = /[\u0000-\u001f\u007f]/;

function backslashed(value: string, extra: Readonly<Record<string, string>> = {}): string {
  let out = '';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (extra[ch] !== undefined) out += extra[ch];
    else if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `"${out}"`;
}

const SYNTAXES: readonly Syntax[] = [
  {
    lang: 'vbscript', ext: 'vbs',
    text: (value) => (CONTROL.test(value) ? undefined : `"${value.replace(/"/g, '""')}"`),
    bool: (value) => (value ? 'True' : 'False'),
    open: ['Set json = CreateObject("Chilkat.JsonObject")'],
    call: (method, args) => `success = json.${method}(${args.join(', ')})`,
    set: (name, value) => `json.${name} = ${value}`,
    print: 'WScript.Echo json.Emit()',
    close: [],
  },
  {
    lang: 'csharp', ext: 'cs',
    text: (value) => backslashed(value),
    bool: String,
    open: ['Chilkat.JsonObject json = new Chilkat.JsonObject();'],
    call: (method, args) => `json.${method}(${args.join(', ')});`,
    set: (name, value) => `json.${name} = ${value};`,
    print: 'Console.WriteLine(json.Emit());',
    close: [],
  },
  {
    lang: 'chilkat2-python', ext: 'py',
    text: (value) => backslashed(value),
    bool: (value) => (value ? 'True' : 'False'),
    open: ['import chilkat2', 'json = chilkat2.JsonObject()'],
    call: (method, args) => `json.${method}(${args.join(', ')})`,
    set: (name, value) => `json.${name} = ${value}`,
    print: 'print(json.Emit())',
    close: [],
  },
  {
    lang: 'php-ext', ext: 'php',
    text: (value) => backslashed(value, { $: '\\$' }),
    bool: String,
    open: ['<?php', 'include("chilkat.php");', '$json = new CkJsonObject();'],
    call: (method, args) => `$json->${method}(${args.join(', ')});`,
    set: (name, value) => `$json->put_${name}(${value});`,
    print: 'echo $json->emit();',
    close: ['?>'],
  },
  {
    lang: 'ruby', ext: 'rb',
    text: (value) => backslashed(value, { '#': '\\#' }),
    bool: String,
    open: ["require 'chilkat'", 'json = Chilkat::CkJsonObject.new()'],
    call: (method, args) => `json.${method}(${args.join(', ')})`,
    set: (name, value) => `json.put_${name}(${value})`,
    print: 'puts json.emit()',
    close: [],
  },
  {
    lang: 'delphi-ax', ext: 'pas',
    text: (value) => (CONTROL.test(value) ? undefined : `'${value.replace(/'/g, "''")}'`),
    bool: (value) => (value ? 'True' : 'False'),
    open: ['procedure TForm1.Button1Click(Sender: TObject);', 'var', 'json: TChilkatJsonObject;', 'begin', 'json := TChilkatJsonObject.Create(Self);'],
    call: (method, args) => `json.${method}(${args.join(', ')});`,
    set: (name, value) => `json.${name} := ${value};`,
    print: 'Memo1.Lines.Add(json.Emit());',
    close: ['end;'],
  },
];

/** The languages scripts are rendered in. */
export const SCRIPT_LANGUAGES: readonly { readonly lang: string; readonly ext: string }[] = SYNTAXES.map(({ lang, ext }) => ({ lang, ext }));

/**
 * The script for `ops` in `lang`, ending with a line that prints the object's text, or `undefined`
 * when a value cannot be written as one literal in that language (control characters in BASIC or Pascal).
 */
export function renderScript(ops: readonly ScriptOp[], lang: string): string | undefined {
  const syntax = SYNTAXES.find((candidate) => candidate.lang === lang);
  if (!syntax) throw new Error(`no syntax for ${lang}`);
  const lines = [...syntax.open];
  for (const op of ops) {
    if (op.m === 'set') {
      const value = typeof op.v === 'boolean' ? syntax.bool(op.v) : typeof op.v === 'number' ? String(op.v) : syntax.text(op.v);
      if (value === undefined) return undefined;
      lines.push(syntax.set(op.name, value));
      continue;
    }
    const path = syntax.text(op.p);
    if (path === undefined) return undefined;
    const args = [path];
    if (op.v !== undefined) {
      const value = typeof op.v === 'boolean' ? syntax.bool(op.v) : typeof op.v === 'number' ? String(op.v) : syntax.text(op.v);
      if (value === undefined) return undefined;
      args.push(value);
    }
    lines.push(syntax.call(op.m, args));
  }
  lines.push(syntax.print, ...syntax.close);
  return `${lines.join('\n')}\n`;
}
