// Past this many arguments String.fromCharCode(...bytes) throws a RangeError: a long password must not.
const SLICE = 0x2000;

/**
 * Base64 (RFC 4648, standard alphabet, padded) of some bytes, for any length.
 *
 * @param bytes - the bytes to encode.
 * @returns the base64 text.
 * @example
 * ```ts
 * encodeBase64(new TextEncoder().encode('api:pw')); //=> 'YXBpOnB3'
 * ```
 */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += SLICE) binary += String.fromCharCode(...bytes.subarray(start, start + SLICE));
  return btoa(binary);
}

/**
 * The base64 characters that depend on `bytes` alone, wherever those bytes
 * sit in a longer encoded stream: one run for each of the three alignments.
 * A secret echoed in base64 inside a larger value (`Bearer <token>` encoded
 * whole) contains one of these runs.
 *
 * @param bytes - the secret's bytes.
 * @returns three runs (fewer when `bytes` is too short to have them).
 * @example
 * ```ts
 * alignedBase64Runs(new TextEncoder().encode('s3cret-token'));
 * //=> ['czNjcmV0LXRva2Vu', 'MzY3JldC10b2tlb', 'zM2NyZXQtdG9rZW']
 * ```
 */
export function alignedBase64Runs(bytes: Uint8Array): string[] {
  const runs: string[] = [];
  for (let offset = 0; offset < 3; offset += 1) {
    const padded = new Uint8Array(offset + bytes.length);
    padded.set(bytes, offset);
    // Character i holds bits [6i, 6i + 6): keep those that lie wholly within the secret's bits.
    const first = Math.ceil((8 * offset) / 6);
    const end = Math.floor((8 * (offset + bytes.length)) / 6);
    if (end > first) runs.push(encodeBase64(padded).slice(first, end));
  }
  return runs;
}
