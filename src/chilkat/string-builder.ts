/**
 * Chilkat's StringBuilder, as far as EmitSb, LoadSb, UpdateSb, StringOfSb and GetBodySb need it.
 *
 * @example
 * const sb = new StringBuilder();
 * sb.Append('{"a":1}');
 * sb.GetAsString(); //=> '{"a":1}'
 */
export class StringBuilder {
  /** The class's name for `Object.prototype.toString` and error texts; unlike `constructor.name`, it survives minification. */
  get [Symbol.toStringTag](): string {
    return 'StringBuilder';
  }

  #text = '';

  /** Whether the last method call succeeded. */
  LastMethodSuccess = true;

  /** The number of characters held. */
  get Length(): number {
    return this.#text.length;
  }

  /**
   * Appends text.
   *
   * @returns true
   * @example
   * new StringBuilder().Append('x'); //=> true
   */
  Append(value: string): boolean {
    this.#text += String(value);
    this.LastMethodSuccess = true;
    return true;
  }

  /**
   * Appends text and a line break (CRLF when `crlf`).
   *
   * @example
   * new StringBuilder().AppendLine('x', true); //=> true
   */
  AppendLine(value: string, crlf: boolean): boolean {
    this.#text += String(value) + (crlf ? '\r\n' : '\n');
    this.LastMethodSuccess = true;
    return true;
  }

  /**
   * Appends the decimal text of an integer.
   *
   * @example
   * new StringBuilder().AppendInt(5); //=> true
   */
  AppendInt(value: number): boolean {
    this.#text += String(Math.trunc(value));
    this.LastMethodSuccess = true;
    return true;
  }

  /**
   * Replaces the whole content.
   *
   * @example
   * new StringBuilder().SetString('x'); //=> true
   */
  SetString(value: string): boolean {
    this.#text = String(value);
    this.LastMethodSuccess = true;
    return true;
  }

  /**
   * Returns the content.
   *
   * @example
   * new StringBuilder().GetAsString(); //=> ''
   */
  GetAsString(): string {
    this.LastMethodSuccess = true;
    return this.#text;
  }

  /**
   * Empties the builder.
   *
   * @example
   * new StringBuilder().Clear();
   */
  Clear(): void {
    this.#text = '';
  }

  /**
   * Tells whether the content equals `value` (case-sensitive unless told otherwise).
   *
   * @example
   * new StringBuilder().ContentsEqual('', true); //=> true
   */
  ContentsEqual(value: string, caseSensitive: boolean): boolean {
    return caseSensitive ? this.#text === value : this.#text.toLowerCase() === String(value).toLowerCase();
  }

  /**
   * Tells whether the content contains `value`.
   *
   * @example
   * new StringBuilder().Contains('x', true); //=> false
   */
  Contains(value: string, caseSensitive: boolean): boolean {
    return caseSensitive
      ? this.#text.includes(value)
      : this.#text.toLowerCase().includes(String(value).toLowerCase());
  }

  /** The content, so that template strings and `String(sb)` read naturally. */
  toString(): string {
    return this.#text;
  }
}
