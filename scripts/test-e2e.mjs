// `npm run test:e2e`: a throwaway SQLite database, a production build against it, then
// Playwright in Chromium. Extra arguments go to Playwright (e.g. a spec file).
// E2E_SKIP_BUILD=1 reuses the last e2e build while iterating on tests; E2E_DIST_DIR and
// E2E_PORT let two runs (two working copies, two people) proceed side by side.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureBrowser } from "./ensure-browser.mjs";
import { bin, prepareDatabase, run } from "./lib.mjs";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-e2e-"));
const port = process.env.E2E_PORT || "3210";
const secret = () => crypto.randomBytes(32).toString("base64url");
const env = {
  DATABASE_URL: `file:${path.join(dir, "e2e.db")}`,
  E2E_DATABASE_DIR: dir,
  PORT: port,
  E2E_PORT: port,
  BETTER_AUTH_URL: `http://localhost:${port}`,
  BETTER_AUTH_SECRET: secret(),
  REVALIDATE_SECRET: secret(),
  NEXT_DIST_DIR: process.env.E2E_DIST_DIR || ".next-e2e",
  DEMO: "1",
  // Every browser of the suite signs in from this machine's address: a limit the suite's
  // deliberate failures stay under (e2e/auth-hardening.spec.ts goes past it from other addresses).
  SIGN_IN_MAX_FAILURES_PER_ADDRESS: "60",
};
Object.assign(process.env, env);

try {
  await ensureBrowser();
  await prepareDatabase(env);
  if (process.env.E2E_SKIP_BUILD !== "1") await run(bin("next"), ["build"], { env });
  await run(bin("playwright"), ["test", ...process.argv.slice(2)], { env });
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
