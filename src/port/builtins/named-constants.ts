/**
 * Names of text constants every script may use (`vbCrLf`, `@CRLF`): the flat
 * reader and `run` both read them from here.
 *
 * @example
 * NAMED_CONSTANTS['vbcrlf']; //=> '\r\n'
 */

/**
 * Text constants by lower-case name.
 *
 * @example
 * NAMED_CONSTANTS['@tab']; //=> '\t'
 */
export const NAMED_CONSTANTS: Readonly<Record<string, string>> = {
  '@crlf': '\r\n', '@lf': '\n', '@cr': '\r', '@tab': '\t', vbcrlf: '\r\n', vblf: '\n', vbcr: '\r', vbtab: '\t', vbnewline: '\r\n',
  endofline: '\n', crlf: '\r\n',
};
