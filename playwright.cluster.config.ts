import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { DEBIAN_CHROMIUM } from "./scripts/ensure-browser.mjs";

// e2e/cluster: two instances of the e2e build on a throwaway PostgreSQL behind nginx, which
// the spec starts itself (e2e/cluster/cluster.ts). Run by `npm run test:e2e` after the main
// suite, one test at a time: they kill an instance and restart the database.
if (!process.env.NEXT_DIST_DIR) throw new Error("Run the cluster tests with `npm run test:e2e`: they serve its build.");

export default defineConfig({
  testDir: "e2e/cluster",
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never", outputFolder: "playwright-report-cluster" }]] : "list",
  use: {
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: fs.existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  outputDir: path.join("test-results", "cluster"),
});
