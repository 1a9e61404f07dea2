// size-limit: what importing each entry costs a user, dependencies included (brotli).
// esbuild's notes about tsup's bare chunk imports (pure modules, safely dropped) are kept out of the output.
const ignore = ["crypto", "zlib", "net", "tls", "http", "https", "stream", "buffer", "util", "events", "node:crypto", "node:zlib", "node:net", "node:tls", "node:http", "node:https", "node:buffer", "node:util", "node:events"];
// A lazy import() (send() loads its module on first use) is a separate chunk a bundler loads only when called:
// it is not part of what importing the entry costs, so it is left out here. Such chunks exist only in an ES module
// build (esbuild splits code for format 'esm' alone), so that is the format measured: as an IIFE, esbuild adds its
// require() shim and __toESM helper for the external import() (240 bytes brotli that nothing calls).
const lazyChunksApart = {
  name: 'lazy-chunks-apart',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};
const quiet = (config) => ({ ...config, format: 'esm', logLevel: 'error', plugins: [...(config.plugins ?? []), lazyChunksApart] });

module.exports = [
  // Issue 9 asks for 12 kB: 9.6 kB ships (send(), createClient()'s calls and payloadFor()'s issue reporting load on first use).
  { name: "pathpatch (main entry, with its dependencies)", path: "dist/index.js", import: "*", limit: "9.65 kB", ignore, modifyEsbuildConfig: quiet },
  // Issue 9 asks for 5 kB (goal 4 kB), not met: the core (no dependency) is 8.06 kB. The modules every design needs
  // (path grammar, value checks, options, patches, errors) bundle to 3.78 kB alone, and two other engines, prototyped
  // in bench/designs/, measure 6.51 and 6.90 kB and are slower (docs/performance.md). The limit guards against growth,
  // with room for the ±40 bytes brotli moves when esbuild picks other short names; it rose from 8.05 kB for error
  // messages that name the right call (a base's or merge's nodes adopted with it as maker) and the builder's delimiter.
  { name: "{ payload } from pathpatch", path: "dist/index.js", import: "{ payload }", limit: "8.1 kB", ignore, modifyEsbuildConfig: quiet },
  { name: "pathpatch/immer (immer included)", path: "dist/immer.js", import: "*", limit: "3.8 kB", ignore, modifyEsbuildConfig: quiet },
  { name: "pathpatch/chilkat", path: "dist/chilkat.js", import: "*", limit: "14.7 kB", ignore, modifyEsbuildConfig: quiet },
  // Peers, measured in the same run for docs/performance.md (no limit: they are not ours). Each is the one call a
  // user would import to set a value by path.
  { name: "peer: dot-prop { setProperty }", path: "node_modules/dot-prop/index.js", import: "{ setProperty }", modifyEsbuildConfig: quiet },
  { name: "peer: lodash-es { set }", path: "node_modules/lodash-es/lodash.js", import: "{ set }", modifyEsbuildConfig: quiet },
  { name: "peer: set-value", path: "node_modules/set-value/index.js", import: "set", modifyEsbuildConfig: quiet },
  { name: "peer: object-path-immutable { set }", path: "node_modules/object-path-immutable/esm/object-path-immutable.js", import: "{ set }", modifyEsbuildConfig: quiet },
  { name: "peer: immer { produce }", path: "node_modules/immer/dist/immer.mjs", import: "{ produce }", modifyEsbuildConfig: quiet },
  // No ignore list: a Node built-in reached from the JSON classes fails this browser build. It bundles send() too (the
  // lazy import that JsonObject.toBuilder() leads to is not split here), so send()'s checks count: the limit rose from
  // 23.3 kB for the URL-credential, escaped-echo and option-type fixes of send() (+0.45 kB).
  { name: "pathpatch/chilkat (browser)", path: "dist/chilkat.js", import: "*", limit: "23.85 kB", modifyEsbuildConfig: (config) => ({ ...config, platform: "browser", logLevel: "error" }) }
];
