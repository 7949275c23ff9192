// The front: Debian's nginx running deploy/nginx.conf itself, for the cluster tests, the bench
// and `npm run cluster`. It runs unprivileged in a folder of its own (no /etc, no service),
// with the file's three marked values swapped: listen port, cache folder, instances.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

const CANDIDATES = ["/usr/sbin/nginx", "/usr/bin/nginx"];

export function nginxPath() {
  const found = CANDIDATES.find((candidate) => fs.existsSync(candidate));
  if (found) return found;
  const which = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" });
  return which.status === 0 ? which.stdout.trim() : null;
}

// Like the browser (scripts/ensure-browser.mjs): installed when it can be, else a failure at
// once that names the package, before any build.
export function ensureNginx() {
  if (nginxPath()) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && fs.existsSync("/usr/bin/apt-get")) {
    console.log("front: nginx is missing; installing Debian's package (apt-get install -y nginx)");
    const install = spawnSync("sh", ["-c", "apt-get update -qq && apt-get install -y -qq nginx"], { stdio: "inherit" });
    if (install.status === 0 && nginxPath()) return;
  }
  throw new Error("front: nginx is needed for the multi-instance tests and the bench. Install Debian's package: apt-get install -y nginx");
}

// deploy/nginx.conf with its marked lines swapped; every mark must be found, so the tests
// always run the file as it is deployed.
export function siteConfig({ port, upstreams, cacheDir }) {
  let text = fs.readFileSync("deploy/nginx.conf", "utf8");
  const swap = (pattern, replacement) => {
    if (!pattern.test(text)) throw new Error(`front: deploy/nginx.conf no longer has ${pattern}`);
    text = text.replace(pattern, replacement);
  };
  swap(/proxy_cache_path \S+/, `proxy_cache_path ${cacheDir}`);
  swap(/listen \d+;/, `listen 127.0.0.1:${port};`);
  const servers = /( *)server 127\.0\.0\.1:\d+( [^;\n]*);[^\n]*\n(?: *server 127\.0\.0\.1:\d+[^\n]*\n)*/;
  const [, indent, options] = servers.exec(text) ?? [];
  swap(servers, upstreams.map((upstream) => `${indent}server 127.0.0.1:${upstream}${options};\n`).join(""));
  return text;
}

export function mainConfig({ dir, site, extra = "" }) {
  const temp = (name) => `${name}_temp_path ${path.join(dir, name)};`;
  return `daemon off;
worker_processes 2;
pid ${path.join(dir, "nginx.pid")};
error_log ${path.join(dir, "error.log")} warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n  ")}
  include ${site};
  ${extra}
}
`;
}

// Starts nginx and waits until it accepts connections. extra: more http-level configuration
// (the bench's static baseline). As root, nginx's workers run as nobody: dir's parents must
// let them through (a folder from mkdtemp does not).
export async function startFront({ port, upstreams, dir, extra = "" }) {
  const nginx = nginxPath();
  if (!nginx) ensureNginx();
  fs.mkdirSync(dir, { recursive: true });
  // As root, nginx's workers run as nobody: they must be able to write the cache.
  const cacheDir = path.join(dir, "cache");
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.chmodSync(dir, 0o777);
  fs.chmodSync(cacheDir, 0o777);
  const site = path.join(dir, "newsroom.conf");
  fs.writeFileSync(site, siteConfig({ port, upstreams, cacheDir }));
  const conf = path.join(dir, "nginx.conf");
  fs.writeFileSync(conf, mainConfig({ dir, site, extra }));
  const child = spawn(nginxPath(), ["-p", dir, "-c", conf, "-e", path.join(dir, "error.log")], { stdio: ["ignore", "inherit", "inherit"] });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  await waitForPort(port, exited, () => fs.readFileSync(path.join(dir, "error.log"), "utf8"));
  return {
    url: `http://127.0.0.1:${port}`,
    cacheDir,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGQUIT");
      await exited;
    },
  };
}

export async function waitForPort(port, exited, describe = () => "", timeoutMs = 20_000) {
  let gone = false;
  exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`front: nginx exited\n${describe()}`);
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => resolve(socket.end() && true));
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`front: nothing listens on ${port} after ${timeoutMs} ms\n${describe()}`);
}
