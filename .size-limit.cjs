// size-limit: what importing each entry costs a user, dependencies included (brotli).
// esbuild's notes about tsup's bare chunk imports (pure modules, safely dropped) are kept out of the output.
const ignore = ["crypto", "zlib", "net", "tls", "http", "https", "stream", "buffer", "util", "events", "node:crypto", "node:zlib", "node:net", "node:tls", "node:http", "node:https", "node:buffer", "node:util", "node:events"];
const quiet = (config) => ({ ...config, logLevel: 'error' });

module.exports = [
  { name: "pathpatch (main entry, with its dependencies)", path: "dist/index.js", import: "*", limit: "20 kB", ignore, modifyEsbuildConfig: quiet },
  { name: "{ payload } from pathpatch", path: "dist/index.js", import: "{ payload }", limit: "20 kB", ignore, modifyEsbuildConfig: quiet },
  { name: "pathpatch/chilkat", path: "dist/chilkat.js", import: "*", limit: "30 kB", ignore, modifyEsbuildConfig: quiet },
  // No ignore list: a Node built-in reached from the JSON classes fails this browser build.
  { name: "pathpatch/chilkat (browser)", path: "dist/chilkat.js", import: "*", limit: "30 kB", modifyEsbuildConfig: (config) => ({ ...config, platform: "browser", logLevel: "error" }) }
];
