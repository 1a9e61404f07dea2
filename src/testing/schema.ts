/**
 * A small runtime schema for JSON bodies, enough to check a request the way
 * Auth0's Management API does and to answer in its words.
 */
export type Schema =
  | { readonly kind: 'string'; readonly min?: number; readonly max?: number; readonly pattern?: RegExp; readonly enum?: readonly string[]; readonly nullable?: boolean }
  | { readonly kind: 'number'; readonly integer?: boolean; readonly nullable?: boolean }
  | { readonly kind: 'boolean'; readonly nullable?: boolean }
  | { readonly kind: 'array'; readonly items: Schema; readonly max?: number; readonly nullable?: boolean }
  | {
      readonly kind: 'object';
      readonly properties: Readonly<Record<string, Schema>>;
      readonly required?: readonly string[];
      /** Schema of keys not in `properties`: `false` refuses them, `true` takes anything. */
      readonly additional: Schema | boolean;
      readonly maxProperties?: number;
      readonly nullable?: boolean;
    }
  | { readonly kind: 'any-of'; readonly options: readonly Schema[]; readonly nullable?: boolean }
  | { readonly kind: 'any' };

type Options<Kind extends Schema['kind']> = Omit<Extract<Schema, { kind: Kind }>, 'kind'>;

/** A string, optionally bounded, patterned or from a closed list. */
export const string = (options: Options<'string'> = {}): Schema => ({ kind: 'string', ...options });
/** A string from a closed list. */
export const oneOf = (values: readonly string[]): Schema => ({ kind: 'string', enum: values });
/** A JSON number; `integer()` for whole numbers. */
export const number = (): Schema => ({ kind: 'number' });
export const integer = (): Schema => ({ kind: 'number', integer: true });
export const boolean = (): Schema => ({ kind: 'boolean' });
export const anything = (): Schema => ({ kind: 'any' });
/** An array of `items`. */
export const array = (items: Schema, options: Omit<Options<'array'>, 'items'> = {}): Schema => ({ kind: 'array', items, ...options });
/** An object with known properties; closed unless `additional` says otherwise. */
export const object = (properties: Readonly<Record<string, Schema>>, options: Partial<Omit<Options<'object'>, 'properties'>> = {}): Schema => ({
  kind: 'object',
  properties,
  additional: false,
  ...options,
});
/** A free-form map whose values all match `values`. */
export const map = (values: Schema, options: Partial<Omit<Options<'object'>, 'properties' | 'additional'>> = {}): Schema => ({
  kind: 'object',
  properties: {},
  additional: values,
  ...options,
});
export const anyOf = (...options: Schema[]): Schema => ({ kind: 'any-of', options });
/** The same schema, also accepting `null`. */
export const nullable = (schema: Schema): Schema => (schema.kind === 'any' ? schema : { ...schema, nullable: true });

/** One problem found in a body, worded as Auth0 words it. */
export interface SchemaIssue {
  /** Dotted path of the property, `''` for the body itself. */
  readonly path: string;
  /** Auth0-style description, e.g. `Expected type string but found type null`. */
  readonly problem: string;
}

/**
 * Checks `value` against `schema` and returns the first issue, in the order
 * the body's keys are written, or `undefined` when it matches.
 *
 * @example
 * ```ts
 * validate(object({ name: string({ min: 1 }) }), { name: 1 });
 * //=> { path: 'name', problem: 'Expected type string but found type integer' }
 * ```
 */
export function validate(schema: Schema, value: unknown, path = ''): SchemaIssue | undefined {
  if (schema.kind === 'any') return undefined;
  if (value === null) return schema.nullable === true ? undefined : { path, problem: `Expected type ${expectedType(schema)} but found type null` };
  const issue = (problem: string): SchemaIssue => ({ path, problem });
  switch (schema.kind) {
    case 'string': {
      if (typeof value !== 'string') return issue(`Expected type string but found type ${typeOf(value)}`);
      if (schema.enum !== undefined && !schema.enum.includes(value)) return issue(`No enum match for: ${JSON.stringify(value)}`);
      if (schema.min !== undefined && value.length < schema.min) return issue(`String is too short (${value.length} chars), minimum ${schema.min}`);
      if (schema.max !== undefined && value.length > schema.max) return issue(`String is too long (${value.length} chars), maximum ${schema.max}`);
      if (schema.pattern !== undefined && !schema.pattern.test(value)) return issue(`String does not match pattern: ${schema.pattern.source}`);
      return undefined;
    }
    case 'number':
      if (typeof value !== 'number') return issue(`Expected type ${schema.integer === true ? 'integer' : 'number'} but found type ${typeOf(value)}`);
      if (schema.integer === true && !Number.isInteger(value)) return issue('Expected type integer but found type number');
      return undefined;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : issue(`Expected type boolean but found type ${typeOf(value)}`);
    case 'array': {
      if (!Array.isArray(value)) return issue(`Expected type array but found type ${typeOf(value)}`);
      if (schema.max !== undefined && value.length > schema.max) return issue(`Array is too long (${value.length}), maximum ${schema.max}`);
      for (const [index, item] of value.entries()) {
        const found = validate(schema.items, item, `${path}[${index}]`);
        if (found !== undefined) return found;
      }
      return undefined;
    }
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return issue(`Expected type object but found type ${typeOf(value)}`);
      const entries = Object.entries(value);
      if (schema.maxProperties !== undefined && entries.length > schema.maxProperties) {
        return issue(`Too many properties defined (${entries.length}), maximum ${schema.maxProperties}`);
      }
      for (const [key, item] of entries) {
        const child = Object.hasOwn(schema.properties, key) ? schema.properties[key] : schema.additional;
        if (child === false || child === undefined) return issue(`Additional properties not allowed: ${key}`);
        if (child === true) continue;
        const found = validate(child, item, path === '' ? key : `${path}.${key}`);
        if (found !== undefined) return found;
      }
      const missing = (schema.required ?? []).find((key) => !Object.hasOwn(value, key));
      return missing === undefined ? undefined : issue(`Missing required property: ${missing}`);
    }
    case 'any-of':
      return schema.options.some((option) => validate(option, value, path) === undefined)
        ? undefined
        : issue(`Data does not match any schemas from "anyOf"`);
  }
}

function expectedType(schema: Schema): string {
  if (schema.kind === 'number') return schema.integer === true ? 'integer' : 'number';
  if (schema.kind === 'any-of') return schema.options.map(expectedType).join(',');
  return schema.kind;
}

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}
