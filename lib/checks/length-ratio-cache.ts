import type { Db, Tx } from "@/lib/db/client";
import { getLengthRatio, type LengthRatio } from "@/lib/memory/length-ratio";

type Cached = { stamp: string; ratio: LengthRatio | null };
const cache = new Map<string, Cached>();

// The length ratio reads every entry of the pair; the checks need it at every save, submission
// and review page. The memory's latest change (an approval adds an entry, a supersession
// updates one; entries are never deleted) says whether it changed since the ratio was last
// learnt, so each instance relearns only then. MAX over the updatedAt index is one index step
// however large the memory is (a COUNT is a scan); a change to another pair relearns this one
// too, which is rare and cheap beside a scan at every save.
export async function cachedLengthRatio(db: Db | Tx, sourceLanguage: string, targetLanguage: string): Promise<LengthRatio | null> {
  const key = `${sourceLanguage}:${targetLanguage}`;
  const [{ latest }] = await db.$queryRaw<{ latest: Date | string | null }[]>`SELECT MAX("updatedAt") AS "latest" FROM "MemoryEntry"`;
  const stamp = latest === null ? "empty" : new Date(latest).toISOString();
  const cached = cache.get(key);
  if (cached?.stamp === stamp) return cached.ratio;
  const ratio = await getLengthRatio(db, sourceLanguage, targetLanguage);
  cache.set(key, { stamp, ratio });
  return ratio;
}
