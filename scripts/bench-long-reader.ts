// For the reader's weight bench (scripts/bench-reader-weight.mjs): writes and syncs a long
// report of --paragraphs paragraphs (lib/testing/long-report.ts) as --slug into DATABASE_URL's
// database. Throwaway databases only.
import { parseArgs } from "node:util";
import { db } from "@/lib/db/client";
import { writeLongReport } from "@/lib/testing/long-report";

const { values } = parseArgs({ options: { slug: { type: "string" }, paragraphs: { type: "string" } } });

async function main(): Promise<void> {
  const paragraphs = Number(values.paragraphs);
  if (!values.slug || !Number.isInteger(paragraphs) || paragraphs < 1) throw new Error("Usage: tsx scripts/bench-long-reader.ts --slug long-2000 --paragraphs 2000");
  await writeLongReport(db, { slug: values.slug, paragraphs });
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
