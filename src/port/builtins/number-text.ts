/**
 * How each language writes a floating-point number as text when a script
 * converts it or joins it to a string: Java's `String.valueOf(10.0)` is
 * `10.0`, VB's `CStr(10#)` is `10`, Python's `str(1e16)` is `1e+16`, PHP's
 * `echo 1e14` is `1.0E+14`. Integers are plain decimals everywhere.
 *
 * One function serves `run` (the interpreter calls it) and `port` (generated
 * modules import it from `pathpatch/port`), so the rule lives here only.
 * Hand-written rather than a formatting library: each language's layout is a
 * handful of numbers (significant digits, when to switch to an exponent, how
 * the exponent is spelled), and no library knows them per language.
 *
 * @example
 * floatText('java', 10); //=> '10.0'
 * floatText('vb', 0.1 + 0.2); //=> '0.3'
 */

/**
 * The number-to-text rules this module knows, named after the runtime that defines them.
 *
 * @example
 * const style: FloatStyle = 'python';
 */
export type FloatStyle = 'js' | 'java' | 'python' | 'ruby' | 'go' | 'dotnet' | 'vb' | 'php' | 'perl' | 'delphi';

interface Layout {
  /** Significant digits, or `shortest` for the shortest text that reads back as the same double. */
  readonly digits: 'shortest' | number;
  /** Decimal exponents (of the first digit) written without an exponent: `from <= e < to`. */
  readonly fixed: readonly [from: number, to: number];
  /** A whole number in fixed notation keeps `.0` (Java, Python, Ruby). */
  readonly pointZero: boolean;
  /** The exponent letter, `+` on positive exponents, the exponent's minimum width. */
  readonly exponent: readonly [letter: 'e' | 'E', plus: boolean, width: number];
  /** A one-digit mantissa keeps `.0` (`1.0E7`, `1.0e+16`). */
  readonly mantissaPointZero: boolean;
}

// Sources, per rule:
// js: ECMA-262 Number::toString (https://tc39.es/ecma262/#sec-numeric-types-number-tostring).
// java: Double.toString (https://docs.oracle.com/javase/8/docs/api/java/lang/Double.html#toString-double-):
//   decimal when 10^-3 <= |d| < 10^7, otherwise "computerized scientific notation" such as 1.0E7.
// python: float.__repr__ / str, PEP 3101 'r' and the 'g' rules with repr digits
//   (https://docs.python.org/3/tutorial/floatingpoint.html, https://docs.python.org/3/library/string.html#format-spec):
//   exponent notation when the exponent is < -4 or >= 16.
// ruby: Float#to_s (https://docs.ruby-lang.org/en/master/Float.html#method-i-to_s): same switch points, 1.0e+16.
// go: fmt %v for floats is %g with the shortest digits and exponent threshold 21 (https://pkg.go.dev/fmt).
// dotnet: Double.ToString() since .NET Core 3.0, shortest round-trippable, "G" layout: fixed when the exponent
//   is greater than -5 and less than 15 (https://learn.microsoft.com/dotnet/standard/base-types/standard-numeric-format-strings#general-format-specifier-g).
// vb: VB6/VBScript CStr of a Double: 15 significant digits, the same "G" layout (1E+15, 1E-05)
//   (https://learn.microsoft.com/office/vba/language/reference/user-interface-help/type-conversion-functions).
// php: string conversion of a float uses the `precision` ini setting (14) and zend_gcvt: exponent when the
//   exponent is < -4 or >= precision, written 1.0E+25 (https://www.php.net/manual/en/ini.core.php#ini.precision).
// perl: numbers stringify with "%.15g" (perlop, "$#" and perlnumber: https://perldoc.perl.org/perlnumber).
// delphi: FloatToStr, ffGeneral with 15 digits: scientific below 0.00001 or past 15 integer digits, written 1E20
//   (https://docwiki.embarcadero.com/Libraries/en/System.SysUtils.FloatToStr).
/** How NaN and +infinity print (VB and Delphi raise an error there; their text is the .NET one). */
const NOT_FINITE: Readonly<Record<FloatStyle, readonly [string, string]>> = {
  js: ['NaN', 'Infinity'], java: ['NaN', 'Infinity'], python: ['nan', 'inf'], ruby: ['NaN', 'Infinity'], go: ['NaN', '+Inf'],
  dotnet: ['NaN', 'Infinity'], vb: ['NaN', 'Infinity'], php: ['NAN', 'INF'], perl: ['NaN', 'Inf'], delphi: ['NAN', 'INF'],
};

/** Styles that write -0 as `0`. */
const UNSIGNED_ZERO: ReadonlySet<FloatStyle> = new Set(['js', 'vb', 'delphi', 'perl']);

const LAYOUTS: Readonly<Record<FloatStyle, Layout>> = {
  js: { digits: 'shortest', fixed: [-6, 21], pointZero: false, exponent: ['e', true, 1], mantissaPointZero: false },
  java: { digits: 'shortest', fixed: [-3, 7], pointZero: true, exponent: ['E', false, 1], mantissaPointZero: true },
  python: { digits: 'shortest', fixed: [-4, 16], pointZero: true, exponent: ['e', true, 2], mantissaPointZero: false },
  ruby: { digits: 'shortest', fixed: [-4, 16], pointZero: true, exponent: ['e', true, 2], mantissaPointZero: true },
  go: { digits: 'shortest', fixed: [-4, 21], pointZero: false, exponent: ['e', true, 2], mantissaPointZero: false },
  dotnet: { digits: 'shortest', fixed: [-4, 15], pointZero: false, exponent: ['E', true, 2], mantissaPointZero: false },
  vb: { digits: 15, fixed: [-4, 15], pointZero: false, exponent: ['E', true, 2], mantissaPointZero: false },
  php: { digits: 14, fixed: [-4, 14], pointZero: false, exponent: ['E', true, 1], mantissaPointZero: true },
  perl: { digits: 15, fixed: [-4, 15], pointZero: false, exponent: ['e', true, 2], mantissaPointZero: false },
  delphi: { digits: 15, fixed: [-5, 15], pointZero: false, exponent: ['E', false, 1], mantissaPointZero: false },
};

/**
 * The significant digits of a finite non-zero magnitude (no trailing zeros) and the decimal exponent of the first one.
 *
 * @example
 * decimalDigits(1250, 'shortest'); //=> { digits: '125', exponent: 3 }
 */
export function decimalDigits(magnitude: number, digits: 'shortest' | number): { digits: string; exponent: number } {
  const rounded = digits === 'shortest' ? magnitude : Number(magnitude.toPrecision(digits));
  // toExponential() without an argument gives the shortest digits that read back as the same double.
  const [mantissa = '0', exponent = '0'] = rounded.toExponential().split('e');
  return { digits: mantissa.replace('.', ''), exponent: Number(exponent) };
}

function plainText(digits: string, exponent: number, pointZero: boolean): string {
  if (exponent < 0) return `0.${'0'.repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fraction = digits.slice(exponent + 1);
  return fraction === '' ? (pointZero ? `${whole}.0` : whole) : `${whole}.${fraction}`;
}

function scientificText(digits: string, exponent: number, layout: Layout): string {
  const [letter, plus, width] = layout.exponent;
  const head = digits.slice(0, 1);
  const tail = digits.slice(1);
  const mantissa = tail === '' ? (layout.mantissaPointZero ? `${head}.0` : head) : `${head}.${tail}`;
  const sign = exponent < 0 ? '-' : plus ? '+' : '';
  return `${mantissa}${letter}${sign}${String(Math.abs(exponent)).padStart(width, '0')}`;
}

/**
 * Writes a floating-point number as the language would when converting it to text.
 *
 * @param style - Whose rule (see {@link FloatStyle}).
 * @param value - The number.
 * @returns The text.
 * @example
 * floatText('java', 1e7); //=> '1.0E7'
 * floatText('python', 1e16); //=> '1e+16'
 * floatText('php', 1e14); //=> '1.0E+14'
 * floatText('dotnet', 0.00001); //=> '1E-05'
 */
export function floatText(style: FloatStyle, value: number): string {
  const layout = LAYOUTS[style];
  if (!Number.isFinite(value)) {
    const [nan, infinity] = NOT_FINITE[style];
    return Number.isNaN(value) ? nan : value > 0 ? infinity : `-${infinity.replace(/^\+/, '')}`;
  }
  if (value === 0) return `${Object.is(value, -0) && !UNSIGNED_ZERO.has(style) ? '-' : ''}${layout.pointZero ? '0.0' : '0'}`;
  const { digits, exponent } = decimalDigits(Math.abs(value), layout.digits);
  const [from, to] = layout.fixed;
  const body = exponent >= from && exponent < to ? plainText(digits, exponent, layout.pointZero) : scientificText(digits, exponent, layout);
  return value < 0 ? `-${body}` : body;
}

/** Styles that round a fixed-point conversion on the decimal digits the language prints, half up (Java's Formatter goes through BigDecimal; VB's Format through its 15-digit text). */
const DECIMAL_ROUNDING: ReadonlySet<FloatStyle> = new Set(['java', 'vb', 'delphi']);

/**
 * Writes a number with a fixed count of decimals (`%.2f`, `{0:F2}`, `Format(x, "0.00")`), rounded the language's way:
 * C, Python, Perl, Go, PHP and .NET round the exact binary value (a tie such as 0.125 goes to even);
 * Java and VB round the decimal text half up (`2.675` gives `2.68` there, `2.67` in C).
 *
 * @param style - Whose rounding.
 * @param value - The number.
 * @param decimals - Digits after the point (0 to 20).
 * @returns The text.
 * @example
 * fixedText('c', 2.675, 2); //=> '2.67'
 * fixedText('java', 2.675, 2); //=> '2.68'
 * fixedText('c', 0.125, 2); //=> '0.12'
 */
export function fixedText(style: FloatStyle | 'c', value: number, decimals: number): string {
  if (!Number.isFinite(value)) return floatText(style === 'c' ? 'perl' : style, value).toLowerCase().replace('infinity', 'inf');
  if (style !== 'c' && DECIMAL_ROUNDING.has(style)) return decimalHalfUp(value, decimals, style === 'java' ? 'shortest' : 15);
  if (style === 'js') return value.toFixed(decimals);
  // toFixed rounds the exact binary value to nearest, like printf, but sends an exact tie (0.125 to 2 places) up
  // where printf goes to even. A tie is a value whose exact expansion stops at a 5 just past the last kept digit.
  const exact = Math.abs(value).toFixed(Math.min(100, decimals + 60));
  const point = exact.indexOf('.');
  if (exact.charAt(point + decimals + 1) === '5' && /^0*$/.test(exact.slice(point + decimals + 2))) {
    const kept = exact.slice(0, point + decimals + 1).replace('.', '');
    const rounded = Number(kept.slice(-1)) % 2 === 0 ? BigInt(kept) : BigInt(kept) + 1n;
    const digits = rounded.toString().padStart(decimals + 1, '0');
    const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
    return value < 0 ? `-${text}` : text;
  }
  return value.toFixed(decimals);
}

function decimalHalfUp(value: number, decimals: number, digits: 'shortest' | number): string {
  if (value === 0) return (0).toFixed(decimals);
  const { digits: significant, exponent } = decimalDigits(Math.abs(value), digits);
  // Digits as an integer count of 10^-(decimals + 1) units, then one half-up step, all in exact decimal text.
  const shift = exponent + 1 + decimals;
  let kept = shift <= 0 ? '0' : significant.slice(0, shift).padEnd(shift, '0');
  const next = shift < 0 ? 0 : Number(significant.charAt(shift) || '0');
  if (next >= 5) kept = (BigInt(kept) + 1n).toString();
  const padded = kept.padStart(decimals + 1, '0');
  const whole = padded.slice(0, padded.length - decimals);
  const text = decimals === 0 ? whole : `${whole}.${padded.slice(padded.length - decimals)}`;
  return value < 0 ? `-${text}` : text;
}
