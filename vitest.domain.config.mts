import { defineConfig } from "vitest/config";
import base from "./vitest.config.mjs";

// The unit tests of lib/domain alone: the test set that mutation testing (stryker.config.mjs) runs
// against each mutant. The domain is pure, so no other test can kill one of its mutants.
// (Spread rather than mergeConfig, which would append to the base's `include` instead of replacing it.)
export default defineConfig({
  ...base,
  test: { ...base.test, include: ["lib/domain/**/*.test.ts"] },
});
