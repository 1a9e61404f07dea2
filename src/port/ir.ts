/**
 * The language-neutral intermediate representation of a legacy Chilkat script.
 *
 * Every front-end reads a script into a flat list of {@link IrNode}s, one per
 * JSON-building or request-related call, each with the 1-based source line it
 * came from. Loops are unrolled and variables substituted by the reader, so the
 * IR holds only literal values.
 *
 * @example
 * const node: IrNode = { kind: 'update', line: 3, handle: 'json', method: 'UpdateInt', path: 'a', value: { type: 'number', text: '1' } };
 */

/**
 * A literal value as Chilkat would receive it.
 *
 * @example
 * const value: IrValue = { type: 'number', text: '1.50' };
 */
export type IrValue =
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'number'; readonly text: string }
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'null' };

/**
 * The `Update*` methods of Chilkat's JsonObject that the porter understands.
 *
 * @example
 * const method: UpdateMethod = 'UpdateNewArray';
 */
export type UpdateMethod =
  | 'UpdateString'
  | 'UpdateInt'
  | 'UpdateUInt'
  | 'UpdateBool'
  | 'UpdateNumber'
  | 'UpdateNull'
  | 'UpdateNewObject'
  | 'UpdateNewArray'
  | 'UpdateSb';

/**
 * The Chilkat classes a script can create.
 *
 * @example
 * const cls: IrClass = 'StringBuilder';
 */
export type IrClass = 'JsonObject' | 'Http' | 'StringBuilder' | 'HttpResponse' | 'HttpRequest' | 'JsonArray';

/**
 * JsonObject properties that change how later updates or the emit behave.
 *
 * @example
 * const option: JsonOption = 'DelimiterChar';
 */
export type JsonOption = 'I' | 'J' | 'K' | 'DelimiterChar' | 'EmitCompact' | 'EmitCrLf';

/**
 * The calls that give a second handle on part of a document.
 *
 * @example
 * const method: JsonRefMethod = 'ObjectAt';
 */
export type JsonRefMethod = 'ObjectOf' | 'ArrayOf' | 'ObjectAt' | 'ArrayAt';

/**
 * Http properties that shape the request.
 *
 * @example
 * const option: HttpOption = 'AuthToken';
 */
export type HttpOption = 'AuthToken' | 'BasicAuth' | 'Login' | 'Password' | 'Accept' | 'UserAgent';

/**
 * Where a send call takes its body from.
 *
 * @example
 * const body: IrBody = { kind: 'sb', handle: 'sbRequestBody' };
 */
export type IrBody =
  | { readonly kind: 'sb'; readonly handle: string }
  | { readonly kind: 'json'; readonly handle: string }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'none' };

/**
 * One statement of the script, reduced to what the porter needs.
 *
 * @example
 * const node: IrNode = { kind: 'header', line: 7, handle: 'http', name: 'X-Trace', value: 'abc' };
 */
export type IrNode =
  | { readonly kind: 'new'; readonly line: number; readonly handle: string; readonly class: IrClass }
  | {
      readonly kind: 'update';
      readonly line: number;
      readonly handle: string;
      readonly method: UpdateMethod;
      readonly path: string;
      readonly value?: IrValue;
      /** For `UpdateSb`: the StringBuilder the text came from. */
      readonly sb?: string;
    }
  | {
      readonly kind: 'json-option';
      readonly line: number;
      readonly handle: string;
      readonly name: JsonOption;
      readonly value: string | number | boolean;
    }
  | { readonly kind: 'sb-append'; readonly line: number; readonly handle: string; readonly text: string }
  | { readonly kind: 'emit-sb'; readonly line: number; readonly handle: string; readonly sb: string }
  | {
      readonly kind: 'http-option';
      readonly line: number;
      readonly handle: string;
      readonly name: HttpOption;
      readonly value: string | boolean;
    }
  | { readonly kind: 'header'; readonly line: number; readonly handle: string; readonly name: string; readonly value: string }
  | {
      readonly kind: 'send';
      readonly line: number;
      readonly handle: string;
      /** The Chilkat method used, e.g. `PTextSb`. */
      readonly call: string;
      readonly method: string;
      readonly url: string;
      readonly body: IrBody;
      readonly contentType?: string;
      readonly charset?: string;
      /** The variable that receives the response, when there is one. */
      readonly response?: string;
    }
  /**
   * `handle` now names what `from.method(arg)` returns: a member (`ObjectOf`/`ArrayOf`, `arg` a path)
   * or an element (`ObjectAt`/`ArrayAt` of a JsonArray, `arg` an index) of another object, sharing
   * its data. A variable assigned again (`jsonObj_1 = jarr.ObjectAt(1)`) gets a new node.
   */
  | {
      readonly kind: 'json-ref';
      readonly line: number;
      readonly handle: string;
      readonly from: string;
      readonly method: JsonRefMethod;
      readonly arg: string | number;
    }
  /** `AddObjectAt(index)` / `AddArrayAt(index)` on a JsonArray (-1 appends). */
  | { readonly kind: 'array-add'; readonly line: number; readonly handle: string; readonly method: 'AddObjectAt' | 'AddArrayAt'; readonly index: number }
  /** The script prints a JsonObject's text (`print(json.Emit())`, `Debug.Print json.Emit`). */
  | { readonly kind: 'print'; readonly line: number; readonly handle: string }
  | { readonly kind: 'unsupported'; readonly line: number; readonly message: string; readonly source: string };

/**
 * The kinds of {@link IrNode}.
 *
 * @example
 * const kind: IrKind = 'unsupported';
 */
export type IrKind = IrNode['kind'];

/**
 * A problem found while reading or generating, reported as `FILE:LINE: message`.
 *
 * @example
 * const diagnostic: Diagnostic = { line: 4, message: 'JsonObject.UpdateBd is not ported' };
 */
export interface Diagnostic {
  readonly line: number;
  readonly message: string;
}

/**
 * What a front-end returns for one script.
 *
 * @example
 * readScript(source, { file: 'a.au3' }).language; //=> 'autoit'
 */
export interface IrScript {
  /** The language id the script was read as. */
  readonly language: string;
  readonly nodes: readonly IrNode[];
}

/**
 * Collects the diagnostics of a script's `unsupported` nodes.
 *
 * @param nodes - The IR of a script.
 * @returns One diagnostic per `unsupported` node, in source order.
 * @example
 * unsupportedDiagnostics([{ kind: 'unsupported', line: 4, message: 'unknown call Foo', source: 'Foo()' }]);
 * //=> [{ line: 4, message: 'unknown call Foo' }]
 */
export function unsupportedDiagnostics(nodes: readonly IrNode[]): Diagnostic[] {
  return nodes.flatMap((node) => (node.kind === 'unsupported' ? [{ line: node.line, message: node.message }] : []));
}

/**
 * Formats a diagnostic the way compilers do, so editors can jump to it.
 *
 * @param file - The script's file name.
 * @param diagnostic - The problem.
 * @returns `FILE:LINE: message`.
 * @example
 * formatDiagnostic('a.au3', { line: 3, message: 'unknown call' }); //=> 'a.au3:3: unknown call'
 */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  return `${file}:${String(diagnostic.line)}: ${diagnostic.message}`;
}
