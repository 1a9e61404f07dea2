import { isObjectNode } from '../json/index.js';
import { formatPath, type PathSegment } from '../path/index.js';

/** @internal Every leaf (scalar, empty object, empty array) as `[canonical path, value]`, in document order. */
export function leafEntries(root: unknown, delimiter: string): [string, unknown][] {
  const out: [string, unknown][] = [];
  const at: PathSegment[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value) && value.length > 0) {
      for (let i = 0; i < value.length; i++) {
        at.push(i);
        visit(value[i]);
        at.pop();
      }
    } else if (isObjectNode(value) && Object.keys(value).length > 0) {
      for (const key of Object.keys(value)) {
        at.push(key);
        visit(value[key]);
        at.pop();
      }
    } else if (at.length > 0) {
      out.push([formatPath(at, delimiter), value]);
    }
  };
  visit(root);
  return out;
}
