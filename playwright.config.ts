import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { DEBIAN_CHROMIUM } from "./scripts/ensure-browser.mjs";

// Only ever against the throwaway database that scripts/test-e2e.mjs creates.
const databaseDir = process.env.E2E_DATABASE_DIR ?? "";
if (!databaseDir.startsWith(os.tmpdir()) || !process.env.DATABASE_URL?.startsWith(`file:${databaseDir}`)) {
  throw new Error("Run the end-to-end tests with `npm run test:e2e`: they need their own throwaway database.");
}

const port = Number(process.env.E2E_PORT ?? 3210);

export default defineConfig({
  testDir: "e2e",
  // e2e/cluster has its own configuration (playwright.cluster.config.ts).
  testIgnore: ["cluster/**"],
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  fullyParallel: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: fs.existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    { name: "chromium", dependencies: ["setup"], testIgnore: [/.*\.setup\.ts/, /cluster\//] },
  ],
  webServer: {
    command: "node scripts/serve.mjs",
    url: `http://localhost:${port}/en`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    env: { ...process.env, NODE_ENV: "production", PORT: String(port) } as Record<string, string>,
  },
  outputDir: path.join("test-results"),
});
