// Bundles src/main.jsx (React, useChat from @ai-sdk/react, ai) into dist/app.js with esbuild: the page loads
// nothing from a CDN. `npm ci && npm run build` (scripts/chat-app and scripts/test run it); offline once
// node_modules is installed.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const result = await build({
  absWorkingDir: here,
  entryPoints: ["src/main.jsx"],
  outfile: "dist/app.js",
  bundle: true,
  minify: true,
  format: "esm",
  target: ["chrome111", "firefox115", "safari16.4"],
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
  legalComments: "none",
  metafile: true,
  logLevel: "warning",
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, out) => sum + out.bytes, 0);
console.log(`built dist/app.js (${(bytes / 1024).toFixed(0)} KiB)`);
