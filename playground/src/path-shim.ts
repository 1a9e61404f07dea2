// Stands in for node:path in the browser bundle: the porter only asks for a file name's extension.
/** The extension of `file`, dot included, as node:path's extname gives it. */
export function extname(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot);
}
