// `npm run cluster`: the newsroom as README's "Several instances" runs it, on one machine.
// The database of .env (a PostgreSQL URL; SQLite works but is one machine's) migrated and
// seeded, one build, CLUSTER_INSTANCES instances (default 2) on the ports after PORT, and
// Debian's nginx in front on PORT with deploy/nginx.conf. A crashed instance is started again,
// as systemd's Restart=always would; Ctrl-C stops everything.
import path from "node:path";
import { ensureNginx, startFront } from "./front.mjs";
import { startInstance } from "./instance.mjs";
import { bin, ensureEnvFile, prepareDatabase, run } from "./lib.mjs";

ensureEnvFile();
process.loadEnvFile(".env");
ensureNginx();
const port = Number(process.env.PORT || 3000);
const count = Number(process.env.CLUSTER_INSTANCES || 2);
const ports = Array.from({ length: count }, (_, index) => port + 1 + index);
const frontUrl = `http://127.0.0.1:${port}`;
const env = {
  BETTER_AUTH_URL: process.env.BETTER_AUTH_URL || `http://localhost:${port}`,
  TRUSTED_PROXIES: "loopback",
  FRONT_URLS: frontUrl,
};

await prepareDatabase();
await run(bin("next"), ["build"]);

let stopping = false;
const running = new Map();
async function supervise(instancePort) {
  const instance = await startInstance({ port: instancePort, env, log: "inherit" });
  running.set(instancePort, instance);
  console.log(`cluster: instance on ${instancePort} (pid ${instance.pid})`);
  instance.exited.then((reason) => {
    if (stopping) return;
    console.log(`cluster: instance on ${instancePort} exited (${reason}); starting it again`);
    setTimeout(() => supervise(instancePort).catch((error) => console.error(error)), 1_000);
  });
  return instance;
}
await Promise.all(ports.map(supervise));
const front = await startFront({ port, upstreams: ports, dir: path.resolve("data/front") });
console.log(`cluster: ${front.url} → instances on ${ports.join(", ")}`);

process.once("SIGINT", stop);
process.once("SIGTERM", stop);
async function stop() {
  stopping = true;
  await front.stop();
  await Promise.all([...running.values()].map((instance) => instance.kill("SIGTERM")));
  process.exit(0);
}
