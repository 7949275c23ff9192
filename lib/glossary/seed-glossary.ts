import type { Db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/write-transaction";
import { checkEntryInput, type GlossaryEntryInput } from "./entry-input";
import { entryData } from "./entry-store";
import { parsePair } from "./pairs";

export type SeedGlossaryEntry = Partial<GlossaryEntryInput> & { pair: string; sourceTerm: string };

// Loads a report's glossary (prisma/glossary.ts) as accepted entries decided by nobody (the
// seed). Idempotent: an entry whose term is already live in its pair, as seeded or as a
// reviewer has since edited it, is left alone, so a second `npm start` changes nothing.
export async function seedGlossary(db: Db, entries: readonly SeedGlossaryEntry[]): Promise<{ created: number }> {
  const prepared = entries.map(({ pair, ...entry }) => ({
    pair: parsePair(pair),
    input: checkEntryInput({ translations: [], note: null, partOfSpeech: null, exactForm: false, caseSensitive: false, doNotTranslate: false, isForbidden: false, ...entry }),
  }));
  return writeTransaction(db, async (tx) => {
    const live = await tx.glossaryEntry.findMany({
      where: { status: { in: ["accepted", "proposed"] } },
      select: { sourceLanguage: true, targetLanguage: true, sourceTerm: true, isForbidden: true },
    });
    const keyOf = (entry: { sourceLanguage: string; targetLanguage: string; sourceTerm: string; isForbidden: boolean }) =>
      [entry.sourceLanguage, entry.targetLanguage, entry.sourceTerm.toLocaleLowerCase(entry.sourceLanguage), entry.isForbidden].join("\u0000");
    const existing = new Set(live.map(keyOf));
    const missing = prepared.filter(({ pair, input }) => !existing.has(keyOf({ ...pair, ...input })));
    for (const { pair, input } of missing) {
      await tx.glossaryEntry.create({ data: { ...pair, ...entryData(input), status: "accepted", decidedAt: new Date() } });
    }
    return { created: missing.length };
  });
}
