/**
 * What a built-in throws: a script handed it a value it cannot take, or used a
 * form the porter does not translate. The interpreter and the translator turn
 * either into a `FILE:LINE: message` diagnostic; nothing is guessed.
 *
 * @example
 * new BuiltinArgumentError('LCase', 0, 'text', 'a list').message; //=> 'LCase: argument 0 must be text, not a list'
 */

/**
 * Base class of the built-ins' errors.
 *
 * @example
 * new BuiltinUnsupportedError('sprintf', 'the conversion %n').builtin; //=> 'sprintf'
 */
export class BuiltinError extends Error {
  override name = 'BuiltinError';
  /** The built-in as the script spells it. */
  readonly builtin: string;

  constructor(builtin: string, message: string) {
    super(`${builtin}: ${message}`);
    this.builtin = builtin;
  }
}

/**
 * An argument of the wrong kind, or a missing one.
 *
 * @example
 * new BuiltinArgumentError('Mid', 1, 'an integer', 'text').position; //=> 1
 */
export class BuiltinArgumentError extends BuiltinError {
  override name = 'BuiltinArgumentError';
  /** 0-based position of the argument (the receiver of a method is 0). */
  readonly position: number;
  readonly expected: string;
  readonly got: string;

  constructor(builtin: string, position: number, expected: string, got: string) {
    super(builtin, `argument ${String(position)} must be ${expected}, not ${got}`);
    this.position = position;
    this.expected = expected;
    this.got = got;
  }
}

/**
 * A use of a built-in the porter does not translate (an unknown format directive, a locale-dependent form).
 *
 * @example
 * new BuiltinUnsupportedError('Format', 'the format "Currency"').message; //=> 'Format: the format "Currency" is not translated'
 */
export class BuiltinUnsupportedError extends BuiltinError {
  override name = 'BuiltinUnsupportedError';
  /** What is not translated. */
  readonly form: string;

  constructor(builtin: string, form: string) {
    super(builtin, `${form} is not translated`);
    this.form = form;
  }
}
