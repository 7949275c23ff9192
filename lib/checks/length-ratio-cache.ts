import type { Db, Tx } from "@/lib/db/client";
import { getLengthRatio, type LengthRatio } from "@/lib/memory/length-ratio";
import { stampOf } from "./stamp";

type Cached = { stamp: string; ratio: LengthRatio | null };
const cache = new Map<string, Cached>();

// The length ratio reads every entry of the pair; the checks need it at every save, submission
// and review page. The memory's latest change (an approval adds an entry, a supersession
// updates one; entries are never deleted) says whether it changed since the ratio was last
// learnt, so each instance relearns only then. MAX over the updatedAt index is one index step
// however large the memory is (a COUNT is a scan); a change to another pair relearns this one
// too, which is rare and cheap beside a scan at every save. The check context reads that MAX in
// its own statement and passes it as knownStamp (load-check-context.ts), saving a round trip.
export async function cachedLengthRatio(db: Db | Tx, sourceLanguage: string, targetLanguage: string, knownStamp?: string): Promise<LengthRatio | null> {
  const key = `${sourceLanguage}:${targetLanguage}`;
  const stamp = knownStamp ?? (await memoryStamp(db));
  const cached = cache.get(key);
  if (cached?.stamp === stamp) return cached.ratio;
  const ratio = await getLengthRatio(db, sourceLanguage, targetLanguage);
  cache.set(key, { stamp, ratio });
  return ratio;
}

async function memoryStamp(db: Db | Tx): Promise<string> {
  const [{ latest }] = await db.$queryRaw<{ latest: unknown }[]>`SELECT MAX("updatedAt") AS "latest" FROM "MemoryEntry"`;
  return stampOf(latest);
}
