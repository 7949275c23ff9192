// One production server for a bench part: its environment (a fresh secret each run, the bench's
// build, the demo data) and its start, kept output and stop. Shared by bench-saves.mjs,
// bench-long.ts and bench-reader-weight.mjs.
import { spawn } from "node:child_process";
import crypto from "node:crypto";

export function benchEnv({ databaseUrl, port, distDir }) {
  const secret = () => crypto.randomBytes(32).toString("base64url");
  return {
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    BETTER_AUTH_URL: `http://localhost:${port}`,
    BETTER_AUTH_SECRET: secret(),
    REVALIDATE_SECRET: secret(),
    NEXT_DIST_DIR: distDir,
    NODE_ENV: "production",
    DEMO: "1",
  };
}

// Resolves once readyUrl answers 2xx; the server's last output is kept, to be shown when a part fails.
export async function startBenchServer(env, readyUrl, nodeArgs = []) {
  const child = spawn("node", [...nodeArgs, "scripts/serve.mjs"], { env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "pipe", "pipe"] });
  const log = [];
  const keep = (chunk) => {
    log.push(chunk.toString());
    if (log.length > 200) log.shift();
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
  for (let attempt = 0; attempt < 120; attempt += 1) {
    const ok = await fetch(readyUrl).then((response) => response.ok, () => false);
    if (ok) return { log, stop };
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`the server did not answer on ${readyUrl}:\n${log.join("").slice(-4000)}`);
}
