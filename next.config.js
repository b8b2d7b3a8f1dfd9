// @ts-check
const path = require("node:path");
const createNextIntlPlugin = require("next-intl/plugin");
const { buildWorker, WORKER_OUTPUT } = require("./scripts/build-worker");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

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
