// `npm run test:e2e`: a throwaway SQLite database, a production build against it, then
// Playwright in Chromium; then the cluster tests (e2e/cluster: two instances of that build on
// a throwaway PostgreSQL behind nginx). Extra arguments go to Playwright (e.g. a spec file).
// E2E_SKIP_BUILD=1 reuses the last e2e build while iterating on tests; E2E_DIST_DIR and
// E2E_PORT let two runs (two working copies, two people) proceed side by side.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureBrowser } from "./ensure-browser.mjs";
import { ensureNginx } from "./front.mjs";
import { bin, prepareDatabase, run } from "./lib.mjs";

// Arguments naming e2e/cluster/… go to the cluster run; others to the main suite; none: both.
const args = process.argv.slice(2);
const isCluster = (arg) => arg.includes("cluster/");
const files = args.filter((arg) => !arg.startsWith("-"));
const mainArgs = args.filter((arg) => !isCluster(arg));
const clusterArgs = args.filter((arg) => arg.startsWith("-") || isCluster(arg)).map((arg) => arg.replace(/^e2e\/cluster\//, ""));
const runsMain = files.length === 0 || files.some((arg) => !isCluster(arg));
const runsCluster = files.length === 0 || files.some(isCluster);

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
  if (runsCluster) ensureNginx();
  await prepareDatabase(env);
  if (process.env.E2E_SKIP_BUILD !== "1") await run(bin("next"), ["build"], { env });
  // The main suite, then the same build as two instances on PostgreSQL behind nginx
  // (e2e/cluster); both run, and either failing fails the run.
  const failures = [];
  if (runsMain) await run(bin("playwright"), ["test", ...mainArgs], { env }).catch((error) => failures.push(error));
  if (runsCluster) await run(bin("playwright"), ["test", "--config", "playwright.cluster.config.ts", ...clusterArgs], { env }).catch((error) => failures.push(error));
  if (failures.length > 0) throw new Error(failures.map((error) => error.message).join("\n"));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
