import { MAX_EXCHANGE_FILE_BYTES } from "@/lib/exchange/read-xliff-file";
import { TMX_MAX_BODY_BYTES } from "@/lib/http/body-limits";
import { TARGET_LANGUAGES } from "@/lib/languages";
import { MEMORY_PAIR_NAMES } from "@/lib/memory/pairs";
import { TRANSLATION_STATES } from "@/lib/workflow/states";

// The XLIFF 2.0 exchange (issue 11) in the API description (lib/http/openapi.ts).
const json = (schema: object) => ({ "application/json": { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const error = (description: string) => ({ description, content: json(ref("Error")) });

const parameters = [
  { name: "slug", in: "path", required: true, schema: { type: "string" }, description: "The report's slug" },
  { name: "lang", in: "path", required: true, schema: { type: "string", enum: [...TARGET_LANGUAGES] }, description: "Target language (one the report is translated into, else 404)" },
];
const unitBase = { id: { type: "string", description: "The unit's id: the paragraph's stable id" }, fileState: { type: "string", enum: TRANSLATION_STATES, description: "The state the file gives the unit, read back through the mapping" } };

const xliffPaths = {
  "/api/reports/{slug}/translations/{lang}/xliff": {
    get: {
      summary: "The report's translation as an XLIFF 2.0 file (those who translate or review the language)",
      description: [
        "One <unit> per paragraph (id = the paragraph's stable id), the current source and the latest revision as <target>.",
        "States: draft, changes-requested and outdated → initial with subState nr:draft, nr:changes-requested, nr:outdated; in-review → translated; approved → reviewed; missing → no target.",
        'Quotations are <pc type="quote" canDelete="no" canCopy="no"> carrying their ids. The Metadata module (mda:) carries the state, the base version and source hashes (for the import\'s conflict check), the approval, and each quotation\'s speaker, role, spoken language ("not stated") and provenance. Comments are <notes>.',
      ].join("\n\n"),
      parameters: [
        ...parameters,
        { name: "states", in: "query", required: false, schema: { type: "string" }, description: `Comma-separated states to include (${TRANSLATION_STATES.join(", ")}); all when absent` },
      ],
      responses: {
        "200": { description: "The file, as an attachment", content: { "application/xliff+xml": { schema: { type: "string" } } } },
        "401": error("Not signed in"),
        "403": error("Not a translator or reviewer of the language"),
        "404": error("Unknown report or language"),
        "422": error("Unknown states, or no paragraph in the chosen states"),
      },
    },
    post: {
      summary: "Import an XLIFF 2.0 file into the translation (translators of the language)",
      description: [
        `The body is the file (UTF-8, at most ${MAX_EXCHANGE_FILE_BYTES / 1024 / 1024} MB). A file that is not well-formed, has a DOCTYPE, does not conform to XLIFF 2.0 (the OASIS schemas and the specification's requirements) or has another srcLang/trgLang is refused whole (422, its line and column in \`problems\`), changing nothing.`,
        "Each unit whose target differs becomes a new draft revision by the caller, all in one transaction. A unit whose base version is older than the server's, or whose source changed, is a conflict (both texts, not written); a unit whose quotation spans do not match the source's, that holds inline codes a paragraph cannot hold, or names an unknown paragraph is refused with reasons.",
      ].join("\n\n"),
      parameters: [...parameters, { name: "dryRun", in: "query", required: false, schema: { type: "string", enum: ["1"] }, description: "Answer the preview; write nothing" }],
      requestBody: { required: true, content: { "application/xliff+xml": { schema: { type: "string" } } } },
      responses: {
        "200": { description: "What was (or, with dryRun, would be) done, by unit", content: json(ref("XliffImportResult")) },
        "401": error("Not signed in"),
        "403": error("Not a translator of the language, or a cookie-authenticated write from another site"),
        "404": error("Unknown report or language"),
        "413": error("The file is larger than the limit"),
        "422": error("The file is refused; `problems` gives the line, the column and why"),
      },
    },
  },
};

const pairParameter = { name: "pair", in: "path", required: true, schema: { type: "string", enum: [...MEMORY_PAIR_NAMES] }, description: "Language pair" };
const fileImport = (what: string, who: string, result: string, description?: string) => ({
  summary: `Import a ${what} file (${who})`,
  ...(description ? { description } : {}),
  parameters: [pairParameter, { name: "dryRun", in: "query", required: false, schema: { type: "string", enum: ["1"] }, description: "Read the file; write nothing" }],
  requestBody: { required: true, content: { "application/xml": { schema: { type: "string" } } } },
  responses: {
    "200": { description: "How many were read, added, already there (duplicates) and skipped, with reasons", content: json(ref(result)) },
    "401": error("Not signed in"),
    "403": error(`Not allowed: ${who}`),
    "404": error("Unknown language pair"),
    "413": error("The file is larger than the limit"),
    "422": error("The file is refused whole (not well-formed, an internal DTD subset, not this format, other languages); nothing was changed"),
  },
});
const fileExport = (what: string, who: string, type: string) => ({
  summary: `The ${what} as a file (${who})`,
  parameters: [pairParameter],
  responses: { "200": { description: "The file, as an attachment", content: { [type]: { schema: { type: "string" } } } }, "401": error("Not signed in"), "403": error(`Not allowed: ${who}`), "404": error("Unknown language pair") },
});

export const exchangeFilePaths = {
  "/api/memory/{pair}/tmx": {
    get: fileExport("translation memory (TMX 1.4b)", "translators and reviewers of the target language, admins", "application/x-tmx+xml"),
    post: fileImport(
      "TMX 1.4b",
      "reviewers of the target language and admins; entries are marked as imported",
      "TmxImportResult",
      `The body is the file (UTF-8, at most ${TMX_MAX_BODY_BYTES / 1024 / 1024} MB). It is read and judged whole before anything is written; then the entries are added in batches of 1,000, each its own transaction. An import cut short (a crash) keeps the batches written; importing the same file again adds only the rest, since an entry already there is never added twice.`,
    ),
  },
  "/api/glossary/{pair}/tbx": {
    get: fileExport("glossary in force (TBX-Basic)", "translators and reviewers of the target language, admins", "application/x-tbx+xml"),
    post: fileImport("TBX (TBX-Basic, or TBX v2 martif)", "reviewers of the target language and admins", "TbxImportResult"),
  },
};

const skipped = { type: "array", items: { type: "object", properties: { line: { type: "integer" }, reason: { type: "string" } } } };

export const exchangeSchemas = {
  TmxImportResult: { type: "object", properties: { read: { type: "integer" }, added: { type: "integer" }, duplicates: { type: "integer" }, skipped } },
  TbxImportResult: { type: "object", properties: { read: { type: "integer" }, added: { type: "integer" }, duplicates: { type: "array", items: { type: "string" } }, skipped } },
  XliffImportResult: {
    type: "object",
    properties: {
      dryRun: { type: "boolean" },
      imported: { type: "array", items: { type: "object", properties: { ...unitBase, version: { type: "integer" }, text: { type: "string" } } } },
      accepted: { type: "array", description: "With dryRun: the units that would be imported", items: { type: "object", properties: { ...unitBase, text: { type: "string" } } } },
      unchanged: { type: "array", items: { type: "object", properties: unitBase } },
      conflicts: {
        type: "array",
        items: {
          type: "object",
          properties: {
            ...unitBase,
            reason: { type: "string", enum: ["saved-since", "source-changed"] },
            fileText: { type: "string" },
            baseVersion: { type: "integer" },
            serverText: { type: "string" },
            serverVersion: { type: "integer" },
            serverAuthor: { type: ["string", "null"] },
            serverSavedAt: { type: ["string", "null"], format: "date-time" },
            serverSource: { type: "string" },
          },
        },
      },
      refused: {
        type: "array",
        items: {
          type: "object",
          properties: {
            ...unitBase,
            line: { type: "integer" },
            column: { type: "integer" },
            problems: { type: "array", items: { type: "object", properties: { code: { type: "string" } } } },
            reasons: { type: "array", items: { type: "string" }, description: "The problems in the caller's language" },
          },
        },
      },
    },
  },
};

export const exchangePaths = { ...xliffPaths, ...exchangeFilePaths };
