/**
 * Options of `emit()`.
 *
 * @example
 * ```ts
 * import { payload } from 'pathpatch';
 * payload().set('a', 1).emit({ pretty: true, crlf: true }); //=> '{\r\n  "a": 1\r\n}'
 * ```
 */
export interface EmitOptions {
  /**
   * Indent with two spaces, one member per line.
   * @default false
   */
  readonly pretty?: boolean;
  /**
   * End lines with CR LF instead of LF (pretty output only has line breaks).
   * @default false
   */
  readonly crlf?: boolean;
}
