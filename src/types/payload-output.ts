import type { JsonPatchOperation } from '../builder/json-patch.js';
import type { EmitOptions } from '../emit/index.js';
import type { SendOptions, SendResult } from '../send/index.js';

/**
 * What every builder gives out whatever its schema: the text, the leaves, comparisons, JSON Patches and
 * the request. Declared once: `Payload` and `UntypedPayload` extend it, and the builder `payload()`
 * makes implements it, so a helper that only reads a builder can take any of them.
 *
 * @example
 * ```ts
 * import { payload, type PayloadOutput } from 'pathpatch';
 * const show = (body: PayloadOutput): string => body.emit({ pretty: true });
 * show(payload().set('a.b', 1)); //=> '{\n  "a": {\n    "b": 1\n  }\n}'
 * ```
 */
export interface PayloadOutput {
  /** The JSON text: compact by default, members in the order of the calls that made them. */
  emit(options?: EmitOptions): string;
  /** Every leaf as `[path, value]`. */
  entries(): [string, unknown][];
  /** JSON equality with another builder or a plain value. */
  equals(other: object): boolean;
  /** RFC 6902 operations that turn this payload into `other`. */
  diff(other: object): JsonPatchOperation[];
  /** RFC 6902 operations that turn the base into this payload. */
  toJsonPatch(): JsonPatchOperation[];
  /** Emits the payload and sends it (PATCH by default); see `send()`. */
  send<Data = unknown>(options: SendOptions): Promise<SendResult<Data>>;
}
