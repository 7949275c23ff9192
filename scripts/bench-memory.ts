// `npm run bench`, last part (alone: `npx tsx scripts/bench-memory.ts`): translation-memory
// lookups for 400-character paragraphs against a generated memory of BENCH_MEMORY_ENTRIES
// (50,000) fr→en entries, on a throwaway SQLite database. Each lookup is what the API does:
// the refresh query on MemoryEntry.updatedAt, then the indexed lookup (lib/memory). The
// baseline, in the same run: the same lookups scoring every entry (a full scan, no index).
// Goal: p95 ≤ 50 ms. Deterministic text (a seeded generator), Zipf-distributed words as in prose.
import os from "node:os";
import { performance } from "node:perf_hooks";
import { createClient } from "@/lib/db/create-client";
import { writeTransaction } from "@/lib/db/write-transaction";
import { sourceHash } from "@/lib/content/source-hash";
import { matchesIn } from "@/lib/memory/find-matches";
import { pairMemory } from "@/lib/memory/memory-store";
import { wordTokens } from "@/lib/memory/tokens";
import { createDatabaseFile } from "@/lib/testing/database-file";

const ENTRIES = Number(process.env.BENCH_MEMORY_ENTRIES || 50_000);
const LOOKUPS = Number(process.env.BENCH_MEMORY_LOOKUPS || 200);
const BASELINE_LOOKUPS = Number(process.env.BENCH_MEMORY_BASELINE_LOOKUPS || 30);
const GOAL_P95_MS = 50;

// mulberry32: the same memory and queries on every run.
let seed = 20220105;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const SYLLABLES = ["la", "ma", "ti", "on", "ré", "pu", "bli", "que", "ka", "za", "khs", "tan", "mi", "ni", "stre", "gou", "ver", "ne", "ment", "po", "li", "ce", "ar", "mée", "vil", "le", "pro", "tes", "ta", "tion"];
const VOCABULARY = Array.from({ length: 30_000 }, () => {
  const length = 1 + Math.floor(random() * 4);
  return Array.from({ length }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join("");
});
// Zipf (s = 1) by inverse transform on the harmonic numbers: "de", "la" everywhere, most words rare.
const cumulative: number[] = [];
VOCABULARY.reduce((sum, _, rank) => (cumulative[rank] = sum + 1 / (rank + 1)), 0);
function word(): string {
  const target = random() * cumulative[cumulative.length - 1];
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cumulative[middle] < target) low = middle + 1;
    else high = middle;
  }
  return VOCABULARY[low];
}
function paragraph(characters: number): string[] {
  const words: string[] = [];
  while (words.join(" ").length < characters) words.push(word());
  return words;
}
const text = (words: readonly string[]) => `${words.join(" ")}.`;

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}
const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;

async function main(): Promise<void> {
  const database = createDatabaseFile();
  const db = createClient(database.url);
  try {
    // A memory built over months: no entry changed in the refresh's overlap window (right after a
    // bulk import, each lookup for ten seconds also reads the imported rows' ids and stamps).
    const approvedAt = new Date("2021-01-20"); // then one entry a minute
    const stored: string[][] = [];
    for (let start = 0; start < ENTRIES; start += 1000) {
      const batch = Array.from({ length: Math.min(1000, ENTRIES - start) }, (_, offset) => {
        const words = paragraph(200 + Math.floor(random() * 400));
        stored.push(words);
        const sourceText = text(words);
        return { sourceLanguage: "fr", targetLanguage: "en", sourceText, sourceHash: sourceHash(sourceText), targetText: text(paragraph(sourceText.length)), approvedAt, updatedAt: new Date(approvedAt.getTime() + (start + offset) * 60_000), origin: "import", approvedByName: "bench" };
      });
      await writeTransaction(db, (tx) => tx.memoryEntry.createMany({ data: batch }));
    }
    let started = performance.now();
    const memory = await pairMemory(db, "fr", "en");
    const loadMs = performance.now() - started;

    // Half the queries are 400-character edits of a stored paragraph (every tenth word
    // changed: a fuzzy match is there to find), half new text (nothing above 70 %).
    const queries = Array.from({ length: LOOKUPS }, (_, index) => {
      if (index % 2 === 1) return text(paragraph(400));
      const near400 = stored.filter((words) => Math.abs(words.join(" ").length - 400) < 40);
      const words = [...near400[Math.floor(random() * near400.length)]];
      return text(words.map((each, position) => (position % 10 === 5 ? word() : each)));
    });
    const indexed: number[] = [];
    const refreshOnly: number[] = [];
    let found = 0;
    for (const query of queries) {
      started = performance.now();
      await memory.refresh(db);
      refreshOnly.push(performance.now() - started);
      const matches = matchesIn(memory, { sourceLanguage: "fr", targetLanguage: "en", text: query });
      indexed.push(performance.now() - started);
      if (matches.length > 0) found += 1;
    }
    const baseline: number[] = [];
    for (const query of queries.slice(0, BASELINE_LOOKUPS)) {
      started = performance.now();
      await memory.refresh(db);
      memory.index.scanAll(wordTokens(query, "fr"));
      baseline.push(performance.now() - started);
    }
    indexed.sort((a, b) => a - b);
    baseline.sort((a, b) => a - b);
    const p95 = percentile(indexed, 0.95);
    refreshOnly.sort((a, b) => a - b);
    console.log(`Translation memory (scripts/bench-memory.ts), ${ENTRIES} fr→en entries, 400-character paragraphs, load average ${os.loadavg()[0].toFixed(1)}:`);
    console.log(`memory loaded into the index   ${ms(loadMs)} (first lookup of a process)`);
    console.log(`lookup, indexed    ${String(LOOKUPS).padStart(4)} lookups  p50 ${ms(percentile(indexed, 0.5))}  p95 ${ms(p95)}  (${found} with matches)`);
    console.log(`  of which the refresh query  p50 ${ms(percentile(refreshOnly, 0.5))}  p95 ${ms(percentile(refreshOnly, 0.95))}`);
    console.log(`lookup, full scan  ${String(BASELINE_LOOKUPS).padStart(4)} lookups  p50 ${ms(percentile(baseline, 0.5))}  p95 ${ms(percentile(baseline, 0.95))}`);
    console.log(`indexed / full scan at p95: ${(p95 / percentile(baseline, 0.95)).toFixed(3)} of the time (goal p95 ≤ ${GOAL_P95_MS} ms: ${p95 <= GOAL_P95_MS ? "met" : "missed"})`);
  } finally {
    await db.$disconnect();
    database.cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
