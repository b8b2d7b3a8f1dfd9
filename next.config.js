// @ts-check
const path = require("node:path");
const createNextIntlPlugin = require("next-intl/plugin");
const { buildWorker, WORKER_OUTPUT } = require("./scripts/build-worker");

// `next build` compiles the messages (next-intl's `messages.precompile`, experimental in next-intl
// 4.15, which the lockfile pins): a request formats them without parsing their ICU text again. On
// the national bench's area page, 10 % less server CPU a request (docs/performance.md, 2026-12-07).
// The worker pool's bundle and the unit tests read the JSON as it is, with use-intl's full formatter.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true } },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  // piscina starts its threads from its own files in node_modules, so it is not bundled either.
  // @resvg/resvg-js (the documents' charts as pictures) loads a native binary of its own, like better-sqlite3.
  serverExternalPackages: ["better-sqlite3", "piscina", "@resvg/resvg-js"],
  compiler: {
    // The worker pool's entry, bundled on its own beside the build (scripts/build-worker.js).
    runAfterProductionCompile: async ({ projectDir, distDir }) => {
      await buildWorker({ projectDir, outfile: path.join(distDir, WORKER_OUTPUT) });
    },
  },
  poweredByHeader: false,
  // The pages' Content-Security-Policy is set per request in proxy.ts: it carries a fresh nonce.
  async headers() {
    return [
      {
        // JSON and file downloads: nothing in them may load or run anything, and no page may frame them.
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'" }],
      },
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
