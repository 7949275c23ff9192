// Before the e2e build: a browser must be there, or the run fails at once rather than after
// a build of several minutes. Debian's Chromium first (as playwright.config.ts uses it), else
// Playwright's own, which is installed here when missing and the network allows it.
import fs from "node:fs";
import { chromium } from "@playwright/test";
import { bin, run } from "./lib.mjs";

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

export async function ensureBrowser() {
  if (fs.existsSync(DEBIAN_CHROMIUM) || fs.existsSync(chromium.executablePath())) return;
  console.log("test:e2e: no Chromium found; installing Playwright's (npx playwright install chromium)");
  try {
    await run(bin("playwright"), ["install", "chromium"]);
  } catch {
    throw new Error(
      `test:e2e: no browser for the end-to-end tests, and Playwright could not download its own. ` +
        `Install Debian's package: apt-get install -y chromium (it provides ${DEBIAN_CHROMIUM}).`,
    );
  }
}
