import crypto from "node:crypto";
import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { serverProcessEnv } from "./scripts/server-env";

// Debian's chromium on CI and these machines; Playwright's managed browser on a laptop without it.
const systemChromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const executablePath = fs.existsSync(systemChromium) ? systemChromium : undefined;
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? "list" : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // A fresh database with the demo data, then the production build (`next build` runs before this).
    command: `./node_modules/.bin/tsx --conditions=react-server scripts/prepare-db.ts --fresh && exec ./node_modules/.bin/next start -p ${PORT}`,
    url: `${baseURL}/api/v1/indicators`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      // One database per port, so that parallel runs on one machine do not share it.
      DATABASE_PATH: `data/e2e-${PORT}.db`,
      NEXTAUTH_URL: baseURL,
      // A random secret per run: nothing fixed is ever shipped.
      NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      DEMO_DATA: "1",
      // The test runner plays the reverse proxy: each test may sign in from an address of its own
      // (sent as X-Forwarded-For), so that the per-address limits of one test do not reach the others.
      TRUST_PROXY: "1",
      // The memory limits `npm start` gives the server, so that the suite runs within them.
      ...serverProcessEnv(),
    },
  },
});
