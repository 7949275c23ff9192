import type { Tx } from "@/lib/db/client";
import { SOURCE_LANGUAGE } from "@/lib/languages";
import { memoryShare } from "./memory-share";
import { sentences } from "./tokens";

export const MAX_INSERTIONS = 20;

// The share a save records (Revision.memoryShare): the client says what its editor inserted
// from the memory, and only what the memory really holds counts, so a client cannot claim its
// own words came from it. A whole match is an entry's target; a sentence-by-sentence match is
// sentences of entries' targets (each checked on its own; one that is not there is dropped).
export async function savedMemoryShare(tx: Tx, options: { text: string; inserted: readonly string[]; language: string }): Promise<number | null> {
  const inserted = [...new Set(options.inserted)].slice(0, MAX_INSERTIONS);
  if (inserted.length === 0) return null;
  const where = { sourceLanguage: SOURCE_LANGUAGE, targetLanguage: options.language };
  const whole = new Set(
    (await tx.memoryEntry.findMany({ where: { ...where, targetText: { in: inserted } }, select: { targetText: true } })).map((row) => row.targetText),
  );
  const verified: string[] = [];
  for (const text of inserted) {
    if (whole.has(text)) {
      verified.push(text);
      continue;
    }
    const parts = sentences(text, options.language);
    if (parts.length === 0) continue;
    const found = await tx.memoryEntry.findMany({ where: { ...where, OR: parts.map((part) => ({ targetText: { contains: part } })) }, select: { targetText: true } });
    const kept = parts.filter((part) => found.some((row) => row.targetText.includes(part)));
    if (kept.length > 0) verified.push(kept.join(" "));
  }
  return verified.length > 0 ? memoryShare(options.text, verified, options.language) : null;
}
