/**
 * Recognises Chilkat class, method and property names in every language's
 * spelling (`Chilkat.Http`, `CkHttpW`, `TChilkatHttp`, `CkJsonObject_UpdateString`,
 * `CkHttp::setCkAuthToken`, `put_AuthToken`, Swift 3's `update`...).
 *
 * @example
 * classOf('Chilkat_9_5_0.JsonObject'); //=> 'JsonObject'
 */
import type { HttpOption, IrClass, JsonOption, UpdateMethod } from './ir.js';

const CLASS = /^(?:I?Chilkat|TChilkat|cComChilkat|Cko|HCk|Ck|New|new_Ck)?(JsonObject|HttpResponse|HttpRequest|Http|StringBuilder|JsonArray)W?$/;

/**
 * The Chilkat class a type, ProgID or constructor name stands for.
 *
 * @param name - Dotted or plain name (`Chilkat.Http`, `chilkat2.JsonObject`, `CkoHttp`).
 * @returns The class, or `undefined` when it is not a Chilkat class.
 * @example
 * classOf('chilkat.NewJsonObject'); //=> 'JsonObject'
 */
export function classOf(name: string): IrClass | undefined {
  const last = name.split(/\.|::|->/).at(-1) ?? name;
  const match = CLASS.exec(last);
  return match?.[1] as IrClass | undefined;
}

const FLAT = /^(?:HCk|Ck)(JsonObject|HttpResponse|HttpRequest|Http|StringBuilder|JsonArray)W?(?:_+|::)(\w+)$/;

/**
 * Splits a flat API function name (C, Delphi DLL, PureBasic, Tcl) into class and method.
 *
 * @param name - e.g. `CkJsonObject_UpdateString`, `CkHttp::ckPTextSb`.
 * @returns The class and raw method, or `undefined`.
 * @example
 * splitFlatName('CkHttp_putAuthToken'); //=> { class: 'Http', method: 'putAuthToken' }
 */
export function splitFlatName(name: string): { class: IrClass; method: string } | undefined {
  const match = FLAT.exec(name.replace(/\./g, '::'));
  if (!match?.[1] || match[2] === undefined) return undefined;
  return { class: match[1] as IrClass, method: match[2] };
}

const UPDATES: readonly UpdateMethod[] = ['UpdateString', 'UpdateInt', 'UpdateUInt', 'UpdateBool', 'UpdateNumber', 'UpdateNull', 'UpdateNewObject', 'UpdateNewArray', 'UpdateSb'];
const JSON_OPTIONS: readonly JsonOption[] = ['I', 'J', 'K', 'DelimiterChar', 'EmitCompact', 'EmitCrLf'];
const HTTP_OPTIONS: readonly HttpOption[] = ['AuthToken', 'BasicAuth', 'Login', 'Password', 'Accept', 'UserAgent'];

/**
 * Normalises a method name to Chilkat's canonical PascalCase spelling.
 *
 * @param raw - As written: `ckUpdateString`, `ComUpdateInt`, `updateBool`, `update`, `pTextSb`.
 * @returns e.g. `UpdateString`.
 * @example
 * canonicalMethod('update'); //=> 'UpdateString'
 */
export function canonicalMethod(raw: string): string {
  const name = raw.replace(/^_+/, '').replace(/^(?:ck|Com)(?=[A-Z])/, '');
  if (name === 'update') return 'UpdateString';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * The property a getter reads, in Chilkat's spelling: `get_StatusCode`, `getStatusCode`, `statusCode`,
 * `ckStatusCode` and `StatusCode` all read `StatusCode`.
 *
 * @param raw - The getter or property as written.
 * @returns The property name.
 * @example
 * propertyName('get_StatusCode'); //=> 'StatusCode'
 */
export function propertyName(raw: string): string {
  // PureBasic's `ckStatusCode(h)` and DataFlex's `ComStatusCode` read the property too.
  const bare = raw.replace(/^_+/, '').replace(/^(?:get_|get(?=[A-Z])|ck(?=[A-Z])|Com(?=[A-Z]))/, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/**
 * Is this canonical method one of the `Update*` calls?
 *
 * @param method - A canonical method name.
 * @returns Whether it is an {@link UpdateMethod}.
 * @example
 * isUpdateMethod('UpdateBool'); //=> true
 */
export function isUpdateMethod(method: string): method is UpdateMethod {
  return (UPDATES as readonly string[]).includes(method);
}

/**
 * The property a setter method writes (`put_AuthToken`, `SetBasicAuth`, `setCkLogin`, `putI`), if any.
 *
 * @param cls - The receiver's class.
 * @param raw - The method as written.
 * @returns The property name, or `undefined` when it is not a setter of a known property.
 * @example
 * setterProperty('Http', 'setCkAuthToken'); //=> 'AuthToken'
 */
export function setterProperty(cls: IrClass, raw: string): string | undefined {
  const match = /^(?:put_?|setCk|set_?|Set|Put)([A-Z]\w*)$/.exec(raw.replace(/^_+/, ''));
  const name = match?.[1];
  if (name === undefined) return undefined;
  if (cls === 'JsonObject' && (JSON_OPTIONS as readonly string[]).includes(name)) return name;
  if (cls === 'Http' && (HTTP_OPTIONS as readonly string[]).includes(name)) return name;
  return undefined;
}

/**
 * Maps a property name in any case (`authToken`, `AuthToken`) to the option it sets.
 *
 * @param cls - The receiver's class.
 * @param raw - The property as written.
 * @returns The canonical option name, or `undefined`.
 * @example
 * optionName('Http', 'basicAuth'); //=> 'BasicAuth'
 */
export function optionName(cls: IrClass, raw: string): JsonOption | HttpOption | undefined {
  const list: readonly string[] = cls === 'JsonObject' ? JSON_OPTIONS : cls === 'Http' ? HTTP_OPTIONS : [];
  return list.find((option) => option.toLowerCase() === raw.toLowerCase()) as JsonOption | HttpOption | undefined;
}

/**
 * Http calls that send a request; their argument layout is in the interpreter.
 *
 * @example
 * SEND_METHODS.has('PTextSb'); //=> true
 */
export const SEND_METHODS: ReadonlySet<string> = new Set([
  'PTextSb', 'PText', 'PostJson', 'PostJson2', 'PostJson3', 'HttpJson', 'HttpStr', 'HttpSb', 'HttpNoBody',
  'QuickGetStr', 'QuickGetObj', 'QuickGet', 'QuickDeleteStr', 'PutText', 'QuickPutStr',
]);

/**
 * Calls that only free or release objects.
 *
 * @example
 * RELEASE_METHODS.has('Dispose'); //=> true
 */
export const RELEASE_METHODS: ReadonlySet<string> = new Set(['Dispose', 'Delete', 'Release', 'Destroy', 'Free', 'Dealloc']);

/**
 * JsonObject methods that read the document and change nothing.
 *
 * @example
 * JSON_READ_METHODS.has('StringOf'); //=> true
 */
export const JSON_READ_METHODS: ReadonlySet<string> = new Set(['StringOf', 'IntOf', 'BoolOf', 'SizeOfArray', 'HasMember', 'JsonTypeOf']);

/** Canonical names of methods and getters that only read: `Get*`, `Last*`, `Has*`, `Is*`, `Emit`, `Size*`, `JsonTypeOf`, `*Of`. */
const READS_ONLY = /^(?:Get|Last|Has|Is|Emit$|Size|JsonTypeOf)|Of$/;

/**
 * Whether a call only reads its object (a getter, `Emit`, `StringOf`): the one rule for which calls
 * the reader may pass over without porting them. A name written lower-case first (`get_LastErrorText`,
 * Java's `lastErrorText()`) is a property read.
 *
 * @param method - The canonical method name.
 * @param raw - The method as written, when the spelling counts.
 * @returns `true` when the call changes nothing.
 * @example
 * readsOnly('LastErrorText', 'LastErrorText'); //=> true
 */
export function readsOnly(method: string, raw?: string): boolean {
  return READS_ONLY.test(method) || (raw !== undefined && /^[a-z]/.test(raw.replace(/^_+/, '')));
}

/** Canonical names of the calls that build a request or send it. */
const BUILDS_OR_SENDS = /^(?:Update[A-Z]\w*|EmitSb|SetRequestHeader|PTextSb|PText|PostJson\d?|Http(?:Json|Str|Sb|NoBody)|PutText|Quick\w+|(?:Put_?|Set)(?:AuthToken|BasicAuth|Login|Password|I|J|K|DelimiterChar))$/;

/**
 * Whether a method builds a request or sends it (`Update*`, `EmitSb`, `SetRequestHeader`, the sends,
 * the setters of credentials and path options): such a call is reported wherever the reader cannot
 * follow it, never dropped.
 *
 * @param method - The method name (canonical, or as written where the spelling is Chilkat's).
 * @returns `true` for a call that changes what is sent.
 * @example
 * buildsOrSends('PostJson3'); //=> true
 */
export function buildsOrSends(method: string): boolean {
  return BUILDS_OR_SENDS.test(method);
}
