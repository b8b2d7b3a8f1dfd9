import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "node_modules/**", "data/**", "tmp/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "reports/**", ".stryker-tmp/**"]),
  {
    // next.config.js stays CommonJS, as Next loads it, and so does the worker's build step it requires.
    files: ["next.config.js", "scripts/build-worker.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // One door to the database: only db/queries (and the start-up scripts that migrate and seed) open it.
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["db/queries/**", "db/seed/**", "db/client.ts", "scripts/**", "**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/db/client", "**/db/client"], message: "Only db/queries/* may import the database client." },
            { group: ["better-sqlite3"], message: "Only db/client.ts opens SQLite." },
          ],
        },
      ],
    },
  },
]);
