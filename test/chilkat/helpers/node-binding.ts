// A model of what Chilkat's Node binding does to arguments and results, kept apart from the
// library on purpose: pathpatch/chilkat follows Chilkat's core (what C#, VB6, Python... scripts
// see), and the recorded fixtures went through the Node binding. See docs/chilkat.md.

/** Encodes a JS string to bytes the way Chilkat stores it: UTF-8, lone surrogates as 3-byte sequences. */
export function encodeWtf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    let code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        index += 1;
      }
    }
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else {
      bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    }
  }
  return Uint8Array.from(bytes);
}

/** Lower-case hex of the exact bytes (the fixtures' `emitHex`). */
export function toHex(text: string): string {
  return Buffer.from(encodeWtf8(text)).toString('hex');
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** A string returned through the binding: cut at NUL, Chilkat's bytes decoded as UTF-8, one U+FFFD per bad byte. */
export function bindingResultString(text: string): string {
  const nul = text.indexOf('\0');
  // Results come back as C strings, so they end at the first NUL too.
  return decoder.decode(encodeWtf8(nul >= 0 ? text.slice(0, nul) : text));
}

/** A string argument through the binding: `String(v)`, cut at the first NUL, one leading U+FEFF dropped. */
export function bindingString(value: unknown): string {
  let text = String(value);
  const nul = text.indexOf('\0');
  if (nul >= 0) text = text.slice(0, nul);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** An int argument through the binding: JavaScript ToInt32 after Number(). */
export function bindingInt(value: unknown): number {
  return Number(value) | 0;
}

/** An unsigned int argument through the binding: ToUint32. */
export function bindingUInt(value: unknown): number {
  return Number(value) >>> 0;
}

/** A bool argument through the binding: JavaScript truthiness. */
export function bindingBool(value: unknown): boolean {
  return Boolean(value);
}
