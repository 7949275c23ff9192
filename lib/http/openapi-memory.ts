import { z } from "zod";
import { FUZZY_THRESHOLD } from "@/lib/memory/memory-index";
import { MAX_MATCHES } from "@/lib/memory/find-matches";
import { MEMORY_PAIR_NAMES } from "@/lib/memory/pairs";
import { matchesQuerySchema, searchQuerySchema } from "./memory-schemas";

// The translation memory's part of the OpenAPI description (lib/http/openapi.ts). Query
// parameters are generated from the routes' own zod schemas.
const json = (schema: object) => ({ "application/json": { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const error = (description: string) => ({ description, content: json(ref("Error")) });

function queryParameters(schema: z.ZodObject, descriptions: Record<string, string>) {
  const { properties = {}, required = [] } = z.toJSONSchema(schema, { io: "input" }) as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(properties).map(([name, property]) => ({ name, in: "query", required: required.includes(name), schema: property, description: descriptions[name] }));
}

const pair = { name: "pair", in: "path", required: true, schema: { type: "string", enum: MEMORY_PAIR_NAMES }, description: "Source and target language, e.g. fr-ru" };
const WHO = "translators and reviewers of the target language";
const errors = {
  "401": error("No credentials, or an unknown or revoked token"),
  "403": error("The caller is not a translator or reviewer of the target language"),
  "404": error("Unknown pair (`what: language`)"),
  "422": error("A query parameter is missing, unknown or out of bounds; `problems` names it in the caller's language"),
};

export const memoryPaths = {
  "/api/memory/{pair}/matches": {
    get: {
      summary: `Up to ${MAX_MATCHES} translation-memory matches for a source paragraph, best first (${WHO})`,
      description: `From every report. score 1 is the same wording; fuzzy scores are 1 − word-level Levenshtein distance / the longer text's words, none under ${FUZZY_THRESHOLD}. inContext: the same report and paragraph (with score 1, the 101 % of memoQ). kind "sentences": a long paragraph matched sentence by sentence, the sentences' targets glued (plain text).`,
      parameters: [
        pair,
        ...queryParameters(matchesQuerySchema, {
          text: "The current source paragraph, in the inline markup (<q id=\"…\"> spans)",
          report: "The paragraph's report slug (for inContext)",
          paragraph: "The paragraph's id (for inContext)",
        }),
      ],
      responses: { "200": { description: "The matches", content: json(ref("MemoryMatches")) }, ...errors },
    },
  },
  "/api/memory/{pair}/search": {
    get: {
      summary: `Concordance: memory entries whose source or target contain a word or phrase, newest first (${WHO})`,
      description: "Case and diacritics do not matter; the quotation markup is not searched.",
      parameters: [pair, ...queryParameters(searchQuerySchema, { q: "A word or phrase", limit: "At most this many entries (20 unless given)" })],
      responses: { "200": { description: "The entries", content: json(ref("MemorySearch")) }, ...errors },
    },
  },
};

const diffPart = { type: "object", required: ["kind", "text"], properties: { kind: { type: "string", enum: ["same", "added", "removed"] }, text: { type: "string" } } };
const when = { type: "string", format: "date-time" };
const nullableString = { type: ["string", "null"] };

export const memorySchemas = {
  MemoryMatches: {
    type: "object",
    required: ["matches"],
    properties: {
      matches: {
        type: "array",
        items: {
          type: "object",
          required: ["source", "target", "score", "inContext", "approvedBy", "approvedAt", "isSuperseded", "isImported", "kind", "sourceDiff"],
          properties: {
            entryId: { type: "string" },
            kind: { type: "string", enum: ["paragraph", "sentences"] },
            source: { type: "string", description: "The stored source (inline markup; plain text for kind sentences)" },
            target: { type: "string", description: "The stored translation (inline markup; plain text for kind sentences)" },
            score: { type: "number", minimum: 0, maximum: 1 },
            inContext: { type: "boolean" },
            approvedBy: nullableString,
            approvedAt: when,
            isSuperseded: { type: "boolean", description: "A later approval of the same paragraph replaced it" },
            isImported: { type: "boolean", description: "From an imported TMX file, not an approval in this newsroom" },
            sourceDiff: { type: "array", items: diffPart, description: "Word diff from the stored source to the text asked about" },
            sentences: { type: "array", items: { type: "object", properties: { source: { type: "string" }, target: { type: "string" }, score: { type: "number" } } } },
            sentenceCount: { type: "integer" },
          },
        },
      },
    },
  },
  MemorySearch: {
    type: "object",
    required: ["entries"],
    properties: {
      entries: {
        type: "array",
        items: {
          type: "object",
          required: ["source", "target", "approvedBy", "approvedAt", "isSuperseded", "isImported"],
          properties: {
            entryId: { type: "string" },
            source: { type: "string" },
            target: { type: "string" },
            reportSlug: nullableString,
            paragraphKey: nullableString,
            approvedBy: nullableString,
            approvedAt: when,
            isSuperseded: { type: "boolean" },
            isImported: { type: "boolean" },
          },
        },
      },
    },
  },
};
