import type { Db, Tx } from "@/lib/db/client";
import { getLengthRatio, type LengthRatio } from "@/lib/memory/length-ratio";

type Cached = { stamp: string; ratio: LengthRatio | null };
const cache = new Map<string, Cached>();

// The length ratio reads every entry of the pair; the checks need it at every save, submission
// and review page. One aggregate says whether the memory changed since it was last learnt (an
// approval adds an entry, a supersession updates one), so each instance relearns only then.
export async function cachedLengthRatio(db: Db | Tx, sourceLanguage: string, targetLanguage: string): Promise<LengthRatio | null> {
  const key = `${sourceLanguage}:${targetLanguage}`;
  const { _count, _max } = await db.memoryEntry.aggregate({
    where: { sourceLanguage, targetLanguage },
    _count: { _all: true },
    _max: { updatedAt: true },
  });
  const stamp = `${_count._all}:${_max.updatedAt?.getTime() ?? 0}`;
  const cached = cache.get(key);
  if (cached?.stamp === stamp) return cached.ratio;
  const ratio = await getLengthRatio(db, sourceLanguage, targetLanguage);
  cache.set(key, { stamp, ratio });
  return ratio;
}
