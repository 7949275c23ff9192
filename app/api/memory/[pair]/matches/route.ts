import { db } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { matchesQuerySchema, queryOf, type MemoryParams } from "@/lib/http/memory-schemas";
import { parseIn } from "@/lib/http/zod-locale";
import { findMatches } from "@/lib/memory/find-matches";
import { parseMemoryPair } from "@/lib/memory/pairs";

export const GET = apiRoute<MemoryParams>(async ({ request, params, actor, locale }) => {
  const pair = parseMemoryPair(params.pair);
  const query = parseIn(matchesQuerySchema, queryOf(request), locale);
  const matches = await findMatches(db, { ...pair, actor, text: query.text, reportSlug: query.report, paragraphKey: query.paragraph });
  return { matches };
});
