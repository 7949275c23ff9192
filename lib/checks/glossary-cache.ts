import type { Db, Tx } from "@/lib/db/client";
import type { GlossaryEntry } from "@/lib/generated/prisma/client";
import type { GlossaryTerm } from "@/lib/glossary/match-terms";
import { toTerm } from "@/lib/glossary/entry-view";

type Pair = { sourceLanguage: string; targetLanguage: string };
type Cached = { stamp: string; terms: readonly GlossaryTerm[] };
const cache = new Map<string, Cached>();

// The pair's accepted glossary, as the checks read it at every save, submission and review
// page: kept by each process and read again only when its stamp changed. The stamp is read with
// the rest of the check context (load-check-context.ts), from the database every time, so every
// instance sees a change at its next check: the count of accepted entries changes when one is
// added, accepted, rejected or deleted, the sum of their versions when one is edited or decided
// (entry-store.ts bumps the version of every change), and their latest updatedAt when one is
// deleted and another added between two checks. Keeping the same array while nothing changed
// also lets the glossary checks keep what they found in each source (glossary-checks.ts).
export async function cachedGlossary(db: Db | Tx, pair: Pair, stamp: string): Promise<readonly GlossaryTerm[]> {
  const key = `${pair.sourceLanguage}:${pair.targetLanguage}`;
  const cached = cache.get(key);
  if (cached?.stamp === stamp) return cached.terms;
  // read after the stamp: a change in between is read now and makes the next stamp differ, so
  // the copy is at worst read once more, never kept stale
  const entries = await db.$queryRaw<GlossaryEntry[]>`
    SELECT * FROM "GlossaryEntry"
    WHERE "sourceLanguage" = ${pair.sourceLanguage} AND "targetLanguage" = ${pair.targetLanguage} AND "status" = 'accepted'
    ORDER BY "sourceTerm" ASC`;
  const terms = entries.map(toTerm);
  cache.set(key, { stamp, terms });
  return terms;
}
