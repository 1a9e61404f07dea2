// The page's state in the URL fragment, lz-string compressed, so a port can be shared as a link (file:// too).
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

/** What a shared link restores. */
export interface SharedState {
  readonly text: string;
  /** `'auto'` or a source kind id. */
  readonly choice: string;
  /** The Postman request picked, if any. */
  readonly item?: string;
  /** The output tab shown. */
  readonly tab?: string;
}

const KEY = 's=';

/** The fragment (`#s=...`) that holds `state`. */
export function encodeState(state: SharedState): string {
  return `#${KEY}${compressToEncodedURIComponent(JSON.stringify(state))}`;
}

/**
 * The state held by a fragment, or `undefined` when there is none or it does not decode
 * (a link cut short must not break the page).
 */
export function decodeState(hash: string): SharedState | undefined {
  const raw = hash.replace(/^#/, '');
  if (!raw.startsWith(KEY)) return undefined;
  const text = decompressFromEncodedURIComponent(raw.slice(KEY.length));
  if (text === null || text === '') return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null) return undefined;
    const record = value as Record<string, unknown>;
    if (typeof record['text'] !== 'string' || typeof record['choice'] !== 'string') return undefined;
    return {
      text: record['text'],
      choice: record['choice'],
      ...(typeof record['item'] === 'string' ? { item: record['item'] } : {}),
      ...(typeof record['tab'] === 'string' ? { tab: record['tab'] } : {}),
    };
  } catch {
    return undefined;
  }
}
