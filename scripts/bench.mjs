// `npm run bench`: the reader page under load, beside the same HTML served as a static file
// by the same server, and the JavaScript the reader page ships. Its own throwaway database
// and production build (.next-bench); nothing of `npm start`'s is touched.
// BENCH_DIST_DIR (default .next-bench), BENCH_PORT (default 3290), BENCH_SLUG, BENCH_LOCALE, BENCH_SECONDS, BENCH_CONNECTIONS.
// With it, the reader's weight (scripts/bench-reader-weight.mjs: HTML, JavaScript beside a minimal
// App Router page's, the fonts a browser downloads per interface language).
// Then saves through the API on SQLite and PostgreSQL, on the same build: scripts/bench-saves.mjs
// (BENCH_SAVE_SECONDS, BENCH_SAVE_CLIENTS, BENCH_SAVE_DATABASES, BENCH_SAVE_PORT).
// Then translation-memory lookups: scripts/bench-memory.ts (BENCH_MEMORY_ENTRIES, BENCH_MEMORY_LOOKUPS).
// Then XLIFF export/import and TMX import on both databases: scripts/bench-exchange.ts
// (BENCH_EXCHANGE_DATABASES, BENCH_TMX_ENTRIES).
// Last, a 2,000-paragraph report: its sync on both databases, the reader's and the workspace's
// render and size, on the same build: scripts/bench-long.ts (BENCH_LONG_PARAGRAPHS,
// BENCH_LONG_DATABASES, BENCH_LONG_PORT).
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import autocannon from "autocannon";
import { benchFront, FRONT_GOAL } from "./bench-front.mjs";
import { benchReaderWeight, weightRows } from "./bench-reader-weight.mjs";
import { benchSaves, saveRows } from "./bench-saves.mjs";
import { bin, prepareDatabase, run } from "./lib.mjs";

const port = process.env.BENCH_PORT || "3290";
const slug = process.env.BENCH_SLUG || "almaty-janvier-2022";
const locale = process.env.BENCH_LOCALE || "en";
const seconds = Number(process.env.BENCH_SECONDS || 10);
const connections = Number(process.env.BENCH_CONNECTIONS || 32);
const origin = `http://localhost:${port}`;
const readerPath = `/${locale}/reports/${slug}`;
// public/ is gitignored under bench/: the reader's HTML, frozen, for the static baseline
const staticFile = path.join("public", "bench", "reader.html");
const staticPath = "/bench/reader.html";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-bench-"));
const secret = () => crypto.randomBytes(32).toString("base64url");
const env = {
  DATABASE_URL: `file:${path.join(dir, "bench.db")}`,
  PORT: port,
  BETTER_AUTH_URL: origin,
  BETTER_AUTH_SECRET: secret(),
  REVALIDATE_SECRET: secret(),
  NEXT_DIST_DIR: process.env.BENCH_DIST_DIR || ".next-bench",
  NODE_ENV: "production",
  DEMO: "1",
};

async function startServer() {
  const server = spawn("node", ["scripts/serve.mjs"], { env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "ignore" });
  for (let attempt = 0; attempt < 120; attempt += 1) {
    const ok = await fetch(`${origin}${readerPath}`).then((response) => response.ok, () => false);
    if (ok) return server;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.kill();
  throw new Error(`the server did not answer on ${origin}${readerPath}`);
}

async function stopServer(server) {
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
}

async function load(url, headers = {}) {
  // a short warm-up, then the measured run
  await autocannon({ url, connections, duration: 2, headers });
  const result = await autocannon({ url, connections, duration: seconds, headers });
  if (result.non2xx > 0) throw new Error(`${url}: ${result.non2xx} answers were not 2xx`);
  // errors are timeouts (10 s) on an overloaded machine: counted and shown, not hidden
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, total: result.requests.total, errors: result.errors };
}

async function scriptBytes(html) {
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]))];
  const files = await Promise.all(
    sources.map(async (source) => {
      const body = Buffer.from(await (await fetch(new URL(source, origin))).arrayBuffer());
      return { source, raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
    }),
  );
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join("");
  return { files, inlineGzip: zlib.gzipSync(Buffer.from(inline), { level: 9 }).length };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

let server;
try {
  fs.rmSync(staticFile, { force: true });
  await prepareDatabase(env);
  await run(bin("next"), ["build"], { env });

  // The reader's HTML as the server renders it, frozen into a static file of the same server.
  server = await startServer();
  const html = await (await fetch(`${origin}${readerPath}`)).text();
  const scripts = await scriptBytes(html);
  // The reader's weight: HTML, JavaScript beside a minimal page's, fonts per interface language
  // (scripts/bench-reader-weight.mjs; a long report's render is scripts/bench-long.ts's).
  const weight = await benchReaderWeight({ origin, slug, minimalPort: Number(port) + 20 });
  await stopServer(server);
  fs.mkdirSync(path.dirname(staticFile), { recursive: true });
  fs.writeFileSync(staticFile, html);
  // Next serves the public/ files that exist when it builds.
  await run(bin("next"), ["build"], { env });
  server = await startServer();
  const frozen = await fetch(`${origin}${staticPath}`);
  if (!frozen.ok || (await frozen.text()) !== html) throw new Error(`${staticPath} is not the reader's HTML`);

  const reader = await load(`${origin}${readerPath}`);
  const file = await load(`${origin}${staticPath}`);

  const row = (name, result) =>
    `${name.padEnd(30)} ${result.rps.toFixed(0).padStart(7)} req/s   p50 ${String(result.p50).padStart(4)} ms   p99 ${String(result.p99).padStart(4)} ms   (${result.total} requests${result.errors ? `, ${result.errors} timed out` : ""})`;
  const load1 = os.loadavg()[0].toFixed(1);
  console.log(`\nnpm run bench: ${connections} connections, ${seconds} s each, after a 2 s warm-up; reader HTML ${kb(Buffer.byteLength(html))}`);
  console.log(`(${os.cpus().length} CPUs, load average ${load1} at the end: figures from a busy machine are only comparable with each other)`);
  console.log(row(`reader ${readerPath}`, reader));
  console.log(row(`static ${staticPath}`, file));
  console.log(`reader / static: ${(reader.rps / file.rps).toFixed(2)} of the throughput`);
  const gzip = scripts.files.reduce((sum, entry) => sum + entry.gzip, 0);
  const raw = scripts.files.reduce((sum, entry) => sum + entry.raw, 0);
  console.log(`\nJavaScript of the reader page: ${scripts.files.length} files, ${kb(raw)} raw, ${kb(gzip)} gzipped (zlib level 9)`);
  for (const entry of scripts.files.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(entry.gzip).padStart(9)}  ${entry.source}`);
  console.log(`  (plus ${kb(scripts.inlineGzip)} gzipped of inline scripts in the HTML: the RSC payload and the column script)`);
  console.log(`\nThe reader's weight (issue 14):`);
  console.log(weightRows(weight).join("\n"));

  // The reader through the front (deploy/nginx.conf), beside nginx serving the HTML precompressed.
  const front = await benchFront({ upstreamPort: Number(port), html, dir, readerPath, load });
  console.log(`\nThrough the front (nginx, deploy/nginx.conf), gzip asked for, load average ${os.loadavg()[0].toFixed(1)} at the end:`);
  console.log(row(`front ${readerPath}`, front.front));
  console.log(row("nginx gzip_static reader.html", front.staticFile));
  console.log(`front / gzip_static: ${front.ratio.toFixed(2)} of the throughput (goal ≥ ${FRONT_GOAL}; last answer: ${front.lastCacheStatus})`);

  // Saves through the API, each database on its own server of this build (scripts/bench-saves.mjs).
  const saves = await benchSaves({ distDir: env.NEXT_DIST_DIR, slug });
  console.log(`\nSaves through the API (load average ${os.loadavg()[0].toFixed(1)} at the end):`);
  console.log(saveRows(saves).join("\n"));

  // Translation-memory lookups: in-process, no server (scripts/bench-memory.ts).
  console.log("");
  await run(bin("tsx"), ["scripts/bench-memory.ts"]);

  // Exchange files: in-process, no server (scripts/bench-exchange.ts).
  console.log("");
  await run(bin("tsx"), ["scripts/bench-exchange.ts"]);

  // Long reports: sync in-process, then the pages on a server of this build (scripts/bench-long.ts).
  console.log("");
  await run(bin("tsx"), ["scripts/bench-long.ts"], { env: { BENCH_DIST_DIR: env.NEXT_DIST_DIR } });
} finally {
  if (server && server.exitCode === null) await stopServer(server);
  fs.rmSync(path.dirname(staticFile), { recursive: true, force: true });
  if (fs.existsSync("public") && fs.readdirSync("public").length === 0) fs.rmdirSync("public");
  fs.rmSync(dir, { recursive: true, force: true });
}
