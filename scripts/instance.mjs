// One app instance: `node scripts/serve.mjs` on a port, for the cluster tests, the bench and
// `npm run cluster`. Instances of one newsroom share the database, the secrets and the build.
import { spawn } from "node:child_process";

export async function startInstance({ port, env = {}, timeoutMs = 60_000, log = "ignore" }) {
  const child = spawn("node", ["scripts/serve.mjs"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env, PORT: String(port), NODE_ENV: "production" },
    stdio: ["ignore", log, log],
  });
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve(signal ?? code)));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilServing(url, exited, timeoutMs);
  return {
    port,
    url,
    pid: child.pid,
    exited,
    // SIGKILL: a crash, no goodbye. SIGTERM: a stop.
    kill: async (signal = "SIGKILL") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

async function waitUntilServing(url, exited, timeoutMs) {
  let gone = null;
  exited.then((reason) => (gone = reason ?? "exit"));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone !== null) throw new Error(`instance ${url} exited (${gone}) before it served`);
    const ok = await fetch(`${url}/en`).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`instance ${url} did not serve within ${timeoutMs} ms`);
}
