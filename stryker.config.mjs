// Mutation testing of lib/domain: `npm run test:mutation` (run on purpose, not part of `npm test`).
// One file while working: `npm run test:mutation -- --mutate lib/domain/progress.ts`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  // A glob, so domain files added later are mutated too.
  mutate: ["lib/domain/**/*.ts", "!lib/domain/**/*.test.ts"],
  testRunner: "vitest",
  vitest: { configFile: "vitest.domain.config.mts" },
  coverageAnalysis: "perTest",
  // The machines have two cores shared with other work.
  concurrency: 2,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};

export default config;
