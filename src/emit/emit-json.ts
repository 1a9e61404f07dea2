import { RawNumber, type StoredValue } from '../json/index.js';

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

/**
 * @internal Writes a stored value as JSON text. Without raw numbers this is
 * exactly `JSON.stringify`; with them, the raw text is written verbatim.
 */
export function emitJson(value: StoredValue, hasRaw: boolean, options?: EmitOptions): string {
  const pretty = options?.pretty === true;
  let text = hasRaw ? writeRaw(value, pretty ? '\n' : '') : JSON.stringify(value, null, pretty ? 2 : undefined);
  if (pretty && options?.crlf === true) text = text.replace(/\n/g, '\r\n');
  return text;
}

// JSON.stringify cannot write number text verbatim on Node 20 (no JSON.rawJSON), so raw payloads take this writer.
function writeRaw(value: StoredValue, newline: string): string {
  if (value instanceof RawNumber) return value.text;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const inner = newline === '' ? '' : `${newline}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item) => writeRaw(item, inner));
    return `[${inner}${items.join(`,${inner}`)}${newline}]`;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return '{}';
  const members = keys.map((key) => `${JSON.stringify(key)}:${newline === '' ? '' : ' '}${writeRaw(value[key] as StoredValue, inner)}`);
  return `{${inner}${members.join(`,${inner}`)}${newline}}`;
}
