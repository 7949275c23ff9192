import { z } from "zod";
import { GLOSSARY_STATUSES } from "@/lib/glossary/entry-view";
import { GLOSSARY_PAIR_NAMES } from "@/lib/glossary/pairs";
import { glossaryDecisionBodySchema, glossaryEntryBodySchema, glossaryPatchBodySchema } from "./glossary-schemas";

// The glossary's part of the OpenAPI description (lib/http/openapi.ts). Request bodies are
// generated from the routes' own zod schemas, so the description cannot drift from them.
const json = (schema: object) => ({ "application/json": { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const error = (description: string, schema = "Error") => ({ description, content: json(ref(schema)) });
// OpenAPI 3.1 schemas are JSON Schema 2020-12, zod's default; the document names no $schema.
function body(schema: z.ZodType): object {
  const { $schema, ...rest } = z.toJSONSchema(schema, { io: "input" });
  void $schema;
  return rest;
}

const pair = { name: "pair", in: "path", required: true, schema: { type: "string", enum: GLOSSARY_PAIR_NAMES }, description: "Source and target language, e.g. fr-ru" };
const id = { name: "id", in: "path", required: true, schema: { type: "string" }, description: "The entry's id" };

const READERS = "translators and reviewers of the target language, and admins";
const MANAGERS = "reviewers of the target language and admins";

const errors = {
  "401": error("No credentials, or an unknown or revoked token"),
  "403": error("The caller's role may not do this, or a cookie-authenticated write came from another site"),
  "404": error("Unknown pair, or no such entry in it (`what`)"),
  "422": error("The body is not valid; `problems` names each problem in the caller's language"),
};
const stale = error("The entry changed since `version` (nothing was changed; `currentVersion` and `currentEntry` say what is there now), or the term is already in the glossary (`what: glossary-term`)", "GlossaryConflict");

export const glossaryPaths = {
  "/api/glossary/{pair}": {
    get: {
      summary: `The glossary of a language pair, with each entry's flags (${READERS})`,
      description: "`entries`: the accepted entries. `proposals`: pending proposals, every one for those who manage the glossary, one's own (pending or rejected) for a translator.",
      parameters: [pair],
      responses: { "200": { description: "The glossary", content: json(ref("Glossary")) }, ...errors },
    },
    post: {
      summary: `Add an accepted entry (${MANAGERS})`,
      parameters: [pair],
      requestBody: { required: true, content: json(body(glossaryEntryBodySchema)) },
      responses: { "200": { description: "Added", content: json(ref("GlossaryEntryResult")) }, ...errors, "409": stale },
    },
  },
  "/api/glossary/{pair}/{id}": {
    patch: {
      summary: `Edit an entry or a pending proposal (${MANAGERS})`,
      description: "Only the fields sent change. `version` is the one read: if the entry changed since, nothing is written (409).",
      parameters: [pair, id],
      requestBody: { required: true, content: json(body(glossaryPatchBodySchema)) },
      responses: { "200": { description: "Edited", content: json(ref("GlossaryEntryResult")) }, ...errors, "409": stale },
    },
    delete: {
      summary: `Delete an entry (${MANAGERS})`,
      parameters: [pair, id, { name: "version", in: "query", required: true, schema: { type: "integer", minimum: 1 }, description: "The version read: a changed entry is not deleted (409)" }],
      responses: { "200": { description: "Deleted", content: json({ type: "object", properties: { id: { type: "string" } } }) }, ...errors, "409": stale },
    },
  },
  "/api/glossary/{pair}/proposals": {
    post: {
      summary: `Propose a term (${READERS}); it applies once accepted`,
      parameters: [pair],
      requestBody: { required: true, content: json(body(glossaryEntryBodySchema)) },
      responses: { "200": { description: "Proposed", content: json(ref("GlossaryEntryResult")) }, ...errors, "409": stale },
    },
  },
  "/api/glossary/{pair}/proposals/{id}/decision": {
    post: {
      summary: `Accept or reject a pending proposal (${MANAGERS})`,
      parameters: [pair, id],
      requestBody: { required: true, content: json(body(glossaryDecisionBodySchema)) },
      responses: {
        "200": { description: "Decided", content: json(ref("GlossaryEntryResult")) },
        ...errors,
        "409": error("The proposal changed since `version`, was already decided, or its term has since been accepted", "GlossaryConflict"),
      },
    },
  },
};

const person = { type: ["object", "null"], properties: { id: { type: "string" }, name: { type: "string" } } };

export const glossarySchemas = {
  GlossaryEntry: {
    type: "object",
    properties: {
      id: { type: "string" },
      pair: { type: "string" },
      sourceTerm: { type: "string" },
      translations: { type: "array", items: { type: "string" }, description: "Required renderings; forbidden ones when isForbidden; empty when doNotTranslate (the target keeps sourceTerm)" },
      note: { type: ["string", "null"] },
      partOfSpeech: { type: ["string", "null"] },
      exactForm: { type: "boolean", description: "Matched only as written (indeclinable names), not by stem" },
      caseSensitive: { type: "boolean" },
      doNotTranslate: { type: "boolean" },
      isForbidden: { type: "boolean" },
      status: { type: "string", enum: GLOSSARY_STATUSES },
      version: { type: "integer" },
      proposedBy: person,
      decidedBy: person,
      decidedAt: { type: ["string", "null"], format: "date-time" },
      decisionComment: { type: ["string", "null"] },
      createdAt: { type: "string", format: "date-time" },
      updatedAt: { type: "string", format: "date-time" },
    },
  },
  Glossary: {
    type: "object",
    properties: {
      pair: { type: "object", properties: { sourceLanguage: { type: "string" }, targetLanguage: { type: "string" }, name: { type: "string" } } },
      entries: { type: "array", items: ref("GlossaryEntry") },
      proposals: { type: "array", items: ref("GlossaryEntry") },
      canManage: { type: "boolean", description: "Whether the caller may add, edit, delete and decide" },
    },
  },
  GlossaryEntryResult: { type: "object", properties: { entry: ref("GlossaryEntry") } },
  GlossaryConflict: {
    allOf: [ref("Error"), { type: "object", properties: { currentVersion: { type: "integer" }, currentEntry: ref("GlossaryEntry") } }],
  },
};
