import { z } from "zod";
import { MAX_QUERY_LENGTH } from "@/lib/memory/search-memory";

// Query strings of the /api/memory routes (documented in lib/http/openapi-memory.ts). Strict:
// an unknown parameter is refused, as an unknown body field is.
export const MAX_MATCH_TEXT_LENGTH = 10_000;
const key = z.string().min(1).max(200);

export const matchesQuerySchema = z.strictObject({
  text: z.string().min(1).max(MAX_MATCH_TEXT_LENGTH),
  report: key.optional(),
  paragraph: key.optional(),
});

export const searchQuerySchema = z.strictObject({
  q: z.string().min(1).max(MAX_QUERY_LENGTH),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

export type MemoryParams = { pair: string };

export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}
