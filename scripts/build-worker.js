// @ts-check
// The worker pool's entry (lib/workers/worker.ts) as one CommonJS file under the build folder, made by
// `next build` (next.config.js runs it after compiling). Next bundles the route handlers with
// Turbopack into chunks whose paths change from build to build; a worker thread needs a file it can
// load by path at run time, so the worker is bundled on its own, here, with esbuild. Our TypeScript
// is bundled in; packages stay in node_modules and are required from there at run time (the native
// better-sqlite3, pdfkit's font data and the CJK font are read from their own folders).
const path = require("node:path");

/** Where `next build` leaves the worker, relative to the build folder (`.next`). */
const WORKER_OUTPUT = path.join("workers", "pool-worker.cjs");

/** `server-only` refuses to load outside Next's server bundles; the worker is server code too. */
const serverOnly = {
  name: "server-only",
  /** @param {import("esbuild").PluginBuild} build */
  setup(build) {
    build.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
    build.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "", loader: "js" }));
  },
};

/**
 * Bundles lib/workers/worker.ts into `outfile`.
 * @param {{ projectDir: string; outfile: string }} options
 */
async function buildWorker({ projectDir, outfile }) {
  const esbuild = require("esbuild");
  const result = await esbuild.build({
    absWorkingDir: projectDir,
    entryPoints: [path.join(projectDir, "lib", "workers", "worker.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    tsconfig: path.join(projectDir, "tsconfig.json"),
    plugins: [serverOnly],
    sourcemap: "linked",
    logLevel: "warning",
    metafile: true,
  });
  return { outfile, inputs: Object.keys(result.metafile.inputs).length };
}

module.exports = { buildWorker, WORKER_OUTPUT };
