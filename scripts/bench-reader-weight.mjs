// The reader's weight (issue 14), part of `npm run bench`: its HTML (raw and gzipped, and how
// much of it is the inline React Server Components payload), its JavaScript beside that of the
// smallest App Router page of the same Next version (scripts/bench-minimal, built here with the
// repository's next binary), and the fonts a real browser downloads for it (Debian's Chromium
// through Playwright, every font response's bytes) in each interface language, with the default
// columns and with all three. Goals: HTML ≤ 100 KB raw and ≤ 18 KB gzipped, JavaScript ≤ 15 KB
// gzipped above the minimal page's, fonts ≤ 120 KB in every interface language.
// Alone, `node scripts/bench-reader-weight.mjs` measures the existing build (BENCH_DIST_DIR,
// default .next-bench) on a throwaway demo database (BENCH_WEIGHT_PORT, default 3292), without
// building the app (the minimal page is built once, then reused). Last, a long report
// (BENCH_LONG_PARAGRAPHS, default 2,000; 0: none): its first render and its weight per row.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import zlib from "node:zlib";
import { chromium } from "@playwright/test";
import { DEBIAN_CHROMIUM } from "./ensure-browser.mjs";
import { benchEnv } from "./bench-server.mjs";
import { bin, prepareDatabase, run } from "./lib.mjs";

export const WEIGHT_GOALS = { htmlRawKb: 100, htmlGzipKb: 18, jsAboveMinimalKb: 15, fontsKb: 120 };
const MINIMAL_DIR = path.join("scripts", "bench-minimal");
const LOCALES = ["fr", "en", "ru"];

const kb = (bytes) => bytes / 1024;
const gzip = (buffer) => zlib.gzipSync(buffer).length;

async function waitFor(url, child) {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the server for ${url} exited (${child.exitCode})`);
    if (await fetch(url).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer`);
}

async function stop(child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

// Every external script of a page, each fetched and gzipped (zlib level 9, as the bench's other
// JavaScript figure).
async function scriptWeight(origin, html) {
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]))];
  const files = await Promise.all(
    sources.map(async (source) => {
      const body = Buffer.from(await (await fetch(new URL(source, origin))).arrayBuffer());
      return { source, raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
    }),
  );
  return { files, gzip: files.reduce((sum, file) => sum + file.gzip, 0), raw: files.reduce((sum, file) => sum + file.raw, 0) };
}

// The HTML, and the part of it that is the inline RSC payload (self.__next_f.push scripts).
function htmlWeight(html) {
  const buffer = Buffer.from(html);
  const payload = [...html.matchAll(/<script[^>]*>(self\.__next_f\.push[\s\S]*?)<\/script>/g)].map((match) => match[1]).join("");
  return { raw: buffer.length, gzip: gzip(buffer), payloadRaw: Buffer.byteLength(payload), payloadGzip: gzip(Buffer.from(payload)) };
}

// The minimal page: built once into scripts/bench-minimal/.next (ignored by git), served by `next start`.
async function minimalPage(port) {
  if (!fs.existsSync(path.join(MINIMAL_DIR, ".next", "BUILD_ID"))) await run(bin("next"), ["build", MINIMAL_DIR], { env: { NODE_ENV: "production" } });
  const child = spawn(bin("next"), ["start", MINIMAL_DIR, "-p", String(port)], { stdio: "ignore", env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } });
  const origin = `http://localhost:${port}`;
  try {
    await waitFor(`${origin}/`, child);
    const html = await (await fetch(`${origin}/`)).text();
    return { html: htmlWeight(html), scripts: await scriptWeight(origin, html) };
  } finally {
    await stop(child);
  }
}

// What the browser downloads in fonts for one page: every font response's body, after the
// page's fonts are ready.
async function fontBytes(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const bodies = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "font") bodies.push(response.body().then((body) => ({ url: response.url(), bytes: body.length })));
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const files = await Promise.all(bodies);
  await context.close();
  return { bytes: files.reduce((sum, file) => sum + file.bytes, 0), files: files.map((file) => path.basename(new URL(file.url).pathname)) };
}

// A long report (scripts/bench-long-reader.ts: the seed's blocks repeated, untranslated) synced
// into the running server's database, then its English reader: the first render (cold: nothing
// of this report read before) and three more, and its weight per row beside the demo's.
async function longReport({ origin, databaseUrl, paragraphs }) {
  const slug = `bench-long-${paragraphs}`;
  await run(bin("tsx"), ["scripts/bench-long-reader.ts", "--slug", slug, "--paragraphs", String(paragraphs)], { env: { DATABASE_URL: databaseUrl } });
  const url = `${origin}/en/reports/${slug}`;
  const times = [];
  let html = "";
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const started = performance.now();
    const response = await fetch(url);
    html = await response.text();
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    times.push(performance.now() - started);
  }
  const warm = times.slice(1).sort((a, b) => a - b)[1];
  return { paragraphs, coldMs: times[0], warmMs: warm, html: htmlWeight(html) };
}

export async function benchReaderWeight({ origin, slug, minimalPort, databaseUrl, longParagraphs = 2000 }) {
  const readerPath = (locale, cols) => `/${locale}/reports/${slug}${cols ? `?cols=${cols}` : ""}`;
  // the HTML does not depend on ?cols= (the columns are applied in the browser)
  const html = await (await fetch(`${origin}${readerPath("en", "fr,en,ru")}`)).text();
  const reader = { html: htmlWeight(html), scripts: await scriptWeight(origin, html) };
  const minimal = await minimalPage(minimalPort);
  const browser = await chromium.launch({
    executablePath: fs.existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const fonts = [];
  try {
    for (const locale of LOCALES) {
      fonts.push({ locale, cols: "default", ...(await fontBytes(browser, `${origin}${readerPath(locale)}`)) });
      fonts.push({ locale, cols: "fr,en,ru", ...(await fontBytes(browser, `${origin}${readerPath(locale, "fr,en,ru")}`)) });
    }
  } finally {
    await browser.close();
  }
  const long = databaseUrl && longParagraphs > 0 ? await longReport({ origin, databaseUrl, paragraphs: longParagraphs }) : null;
  const rows = (html.match(/data-paragraph="/g) ?? []).length;
  return { reader, minimal, fonts, long, rows };
}

const met = (value, goal) => (value <= goal ? "met" : "missed");

export function weightRows({ reader, minimal, fonts, long, rows: demoRows }) {
  const { htmlRawKb, htmlGzipKb, jsAboveMinimalKb, fontsKb } = WEIGHT_GOALS;
  const html = reader.html;
  const above = kb(reader.scripts.gzip - minimal.scripts.gzip);
  const rows = [
    `reader HTML            ${kb(html.raw).toFixed(1).padStart(6)} KB raw (goal ≤ ${htmlRawKb}: ${met(kb(html.raw), htmlRawKb)})   ${kb(html.gzip).toFixed(1).padStart(5)} KB gzipped (goal ≤ ${htmlGzipKb}: ${met(kb(html.gzip), htmlGzipKb)})`,
    `  of which RSC payload ${kb(html.payloadRaw).toFixed(1).padStart(6)} KB raw                  ${kb(html.payloadGzip).toFixed(1).padStart(5)} KB gzipped alone`,
    `minimal page HTML      ${kb(minimal.html.raw).toFixed(1).padStart(6)} KB raw                  ${kb(minimal.html.gzip).toFixed(1).padStart(5)} KB gzipped`,
    `JavaScript, reader     ${reader.scripts.files.length} files ${kb(reader.scripts.raw).toFixed(1)} KB raw, ${kb(reader.scripts.gzip).toFixed(1)} KB gzipped`,
    `JavaScript, minimal    ${minimal.scripts.files.length} files ${kb(minimal.scripts.raw).toFixed(1)} KB raw, ${kb(minimal.scripts.gzip).toFixed(1)} KB gzipped`,
    `reader above minimal   ${above.toFixed(1)} KB gzipped (goal ≤ ${jsAboveMinimalKb}: ${met(above, jsAboveMinimalKb)})`,
  ];
  // every file the reader loads, largest first
  for (const file of [...reader.scripts.files].sort((a, b) => b.gzip - a.gzip)) rows.push(`  ${kb(file.gzip).toFixed(1).padStart(6)} KB gzipped  ${file.source}`);
  for (const entry of fonts) {
    const goal = entry.cols === "default" ? ` (goal ≤ ${fontsKb}: ${met(kb(entry.bytes), fontsKb)})` : "";
    rows.push(`fonts /${entry.locale} ${entry.cols.padEnd(8)}  ${kb(entry.bytes).toFixed(1).padStart(6)} KB in ${entry.files.length} files${goal}: ${entry.files.join(", ") || "none"}`);
  }
  if (long) {
    const perRow = (bytes, count) => `${(bytes / count).toFixed(0)} B`;
    rows.push(
      `long report, ${long.paragraphs} paragraphs: first render ${long.coldMs.toFixed(0)} ms (goal ≤ 1000: ${met(long.coldMs, 1000)}), then ${long.warmMs.toFixed(0)} ms (median of 3); ` +
        `HTML ${kb(long.html.raw).toFixed(0)} KB raw, ${kb(long.html.gzip).toFixed(0)} KB gzipped, RSC payload ${kb(long.html.payloadRaw).toFixed(1)} KB`,
      `  per row: ${perRow(long.html.raw, long.paragraphs)} raw, ${perRow(long.html.gzip, long.paragraphs)} gzipped; demo page per row: ${perRow(reader.html.raw, demoRows)} raw, ${perRow(reader.html.gzip, demoRows)} gzipped (budget ${perRow(WEIGHT_GOALS.htmlRawKb * 1024, demoRows)} raw, ${perRow(WEIGHT_GOALS.htmlGzipKb * 1024, demoRows)} gzipped)`,
    );
  }
  return rows;
}

// Alone: the existing build on a throwaway demo database.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const distDir = process.env.BENCH_DIST_DIR || ".next-bench";
  const port = process.env.BENCH_WEIGHT_PORT || "3292";
  const slug = process.env.BENCH_SLUG || "almaty-janvier-2022";
  if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) throw new Error(`no build in ${distDir}: run \`npm run bench\` first`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-weight-"));
  const origin = `http://localhost:${port}`;
  const env = benchEnv({ databaseUrl: `file:${path.join(dir, "weight.db")}`, port, distDir });
  let server;
  try {
    await prepareDatabase(env);
    server = spawn("node", ["scripts/serve.mjs"], { env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "ignore" });
    await waitFor(`${origin}/en/reports/${slug}`, server);
    const result = await benchReaderWeight({ origin, slug, minimalPort: Number(port) + 20, databaseUrl: env.DATABASE_URL, longParagraphs: Number(process.env.BENCH_LONG_PARAGRAPHS ?? 2000) });
    console.log(`\nThe reader's weight (${distDir}):`);
    console.log(weightRows(result).join("\n"));
  } finally {
    if (server) await stop(server);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
