import { db } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { queryOf, searchQuerySchema, type MemoryParams } from "@/lib/http/memory-schemas";
import { parseIn } from "@/lib/http/zod-locale";
import { parseMemoryPair } from "@/lib/memory/pairs";
import { searchMemory } from "@/lib/memory/search-memory";

export const GET = apiRoute<MemoryParams>(async ({ request, params, actor, locale }) => {
  const pair = parseMemoryPair(params.pair);
  const query = parseIn(searchQuerySchema, queryOf(request), locale);
  return { entries: await searchMemory(db, { ...pair, actor, query: query.q, limit: query.limit }) };
});
