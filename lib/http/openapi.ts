import { TARGET_LANGUAGES } from "@/lib/languages";
import { MAX_TRANSLATION_LENGTH } from "@/lib/translations/validate-text";
import { CHECK_IDS } from "@/lib/checks";
import { MAX_OVERRIDE_REASON_LENGTH } from "@/lib/checks/overrides";
import { MAX_QUOTES_PER_SAVE } from "./body-limits";
import { checksPaths, checksSchemas } from "./openapi-checks";
import { exchangePaths, exchangeSchemas } from "./openapi-exchange";
import { glossaryPaths, glossarySchemas } from "./openapi-glossary";
import { memoryPaths, memorySchemas } from "./openapi-memory";

// The HTTP API's description, served at /api/openapi.json. Kept by hand beside the routes
// (app/api/**) and their body schemas (lib/http/api-schemas.ts).
const json = (schema: object) => ({ "application/json": { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const error = (description: string, schema = "Error") => ({ description, content: json(ref(schema)) });

const pathParams = [
  { name: "slug", in: "path", required: true, schema: { type: "string" }, description: "The report's slug, e.g. almaty-janvier-2022" },
  { name: "id", in: "path", required: true, schema: { type: "string" }, description: "The paragraph's stable id from the MDX, e.g. p-bulgakbaev" },
  { name: "lang", in: "path", required: true, schema: { type: "string", enum: [...TARGET_LANGUAGES] }, description: "Target language (a language the report does not target is a 404, `what`: language)" },
];

const writeErrors = {
  "401": error("No credentials, or an unknown or revoked token"),
  "403": error("The caller's role may not do this, or a cookie-authenticated write came from another site"),
  "404": error("Unknown report, paragraph or language, or a language the report is not translated into (`what` says which; nothing was changed)"),
  "413": error("The body is larger than the route accepts (refused before it is read in full; nothing was changed)"),
  "422": error("The body is not valid (not UTF-8 JSON, nested too deeply, an unknown field, text that is not plain text…); `problems` names each problem in the caller's language"),
};

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Newsroom Reader API",
    version: "1.0.0",
    description: [
      "Translation workflow for scripts and CAT tools, with exactly the permissions of the web interface.",
      "Authenticate with a personal access token (`Authorization: Bearer nrt_…`, created on /{ui}/account) or with the session cookie.",
      "Cookie-authenticated writes must come from the app's own origin (Origin header); token calls need no Origin.",
      "Errors are JSON `{ error, message, problems }` in the language of `Accept-Language` (fr, en, ru) or `?locale=`.",
      `Translation text is plain text whose only markup is the quotation span <q id="…">…</q>; at most ${MAX_TRANSLATION_LENGTH} characters.`,
    ].join("\n\n"),
  },
  servers: [{ url: "/" }],
  security: [{ bearerToken: [] }, { sessionCookie: [] }],
  paths: {
    "/api/me": {
      get: {
        summary: "Who is calling, their roles and their work",
        security: [{ bearerToken: [] }, { sessionCookie: [] }, {}],
        responses: { "200": { description: "`user` is null for an anonymous caller", content: json(ref("Me")) }, "401": error("Unknown or revoked token") },
      },
    },
    "/api/reports": {
      get: {
        summary: "Every report, with the number of paragraphs approved per language",
        security: [{ bearerToken: [] }, { sessionCookie: [] }, {}],
        responses: {
          "200": {
            description: "The reports, newest first",
            content: json({
              type: "object",
              properties: {
                reports: {
                  type: "array",
                  items: {
                    type: "object",
                    properties: {
                      slug: { type: "string" },
                      title: { type: "string" },
                      date: { type: "string" },
                      outlet: { type: "string" },
                      originalLanguage: { type: "string" },
                      paragraphs: { type: "integer" },
                      approved: { type: "object", additionalProperties: { type: "integer" } },
                    },
                  },
                },
              },
            }),
          },
        },
      },
    },
    "/api/reports/{slug}": {
      get: {
        summary: "A report: paragraphs, quotations and every translation's state and texts",
        description:
          "Unreviewed text follows the newsroom's one rule (NEWSROOM_UNREVIEWED_TEXT, lib/permissions.ts), as the reader does. By default (`disclosed`) every caller also gets the latest revision, marked by its `state` and `includesUnreviewed: true`. With `hidden`, anonymous callers get approved texts only (`latest` is null unless the latest revision is the approved one); translators and reviewers of the language, and admins, still get it.",
        security: [{ bearerToken: [] }, { sessionCookie: [] }, {}],
        parameters: [pathParams[0]],
        responses: { "200": { description: "The report", content: json(ref("Report")) }, "404": error("Unknown report") },
      },
    },
    "/api/reports/{slug}/paragraphs/{id}/translations/{lang}": {
      put: {
        summary: "Save a new revision of a paragraph's translation (translators of the language)",
        parameters: pathParams,
        requestBody: { required: true, content: json(ref("SaveRequest")) },
        responses: {
          "200": { description: "Saved (or unchanged, when the text and marks are those of the latest revision)", content: json(ref("SaveResult")) },
          ...writeErrors,
          "409": error("Someone saved after `baseVersion`: nothing was written; the body carries the current text and version", "Conflict"),
        },
      },
    },
    "/api/reports/{slug}/paragraphs/{id}/translations/{lang}/submit": {
      post: {
        summary: "Submit the latest revision for review (translators of the language)",
        parameters: pathParams,
        requestBody: { required: false, content: json(ref("SubmitRequest")) },
        responses: {
          "200": { description: "In review", content: json(ref("StateResult")) },
          ...writeErrors,
          "409": error("`version` is not the latest any more, or the state does not allow submitting (nothing saved yet, already approved…)", "Conflict"),
        },
      },
    },
    "/api/reports/{slug}/paragraphs/{id}/translations/{lang}/review": {
      post: {
        summary: "Decide on a translation (reviewers of the language)",
        description:
          "approve (in review → approved; nobody approves a revision they wrote: 403), request-changes (in review or outdated → changes requested; comment required), keep-approval (outdated → approved: the source change does not affect the translation; comment required).",
        parameters: pathParams,
        requestBody: { required: true, content: json(ref("ReviewRequest")) },
        responses: {
          "200": { description: "Decided", content: json(ref("StateResult")) },
          ...writeErrors,
          "409": error("The text changed since `version` (the body carries the new text), or the state does not allow this decision", "Conflict"),
        },
      },
    },
    ...checksPaths,
    ...glossaryPaths,
    ...memoryPaths,
    ...exchangePaths,
    "/api/openapi.json": { get: { summary: "This document", security: [{}], responses: { "200": { description: "OpenAPI 3.1" } } } },
  },
  components: {
    securitySchemes: {
      bearerToken: { type: "http", scheme: "bearer", description: "A personal access token, nrt_…" },
      sessionCookie: { type: "apiKey", in: "cookie", name: "better-auth.session_token" },
    },
    schemas: {
      ...checksSchemas,
      ...glossarySchemas,
      ...memorySchemas,
      ...exchangeSchemas,
      Error: {
        type: "object",
        required: ["error", "message", "problems"],
        properties: {
          error: { type: "string", enum: ["unauthenticated", "forbidden", "not-found", "conflict", "invalid", "invalid-transition", "locked", "server"] },
          message: { type: "string", description: "In the caller's language" },
          problems: { type: "array", items: { type: "string" }, description: "Each problem with the input, in the caller's language" },
          what: { type: "string", description: "On 404: report, paragraph or language" },
        },
      },
      Conflict: {
        allOf: [
          ref("Error"),
          {
            type: "object",
            properties: {
              currentVersion: { type: "integer" },
              currentText: { type: "string" },
              currentAuthor: { type: ["string", "null"] },
              currentSavedAt: { type: ["string", "null"], format: "date-time" },
              currentState: { type: "string" },
              currentQuoteOrigins: { type: "array", items: { type: "object", properties: { quoteKey: { type: "string" }, note: { type: "string" } } } },
              state: { type: "string", description: "On invalid-transition: the current state" },
            },
          },
        ],
      },
      State: { type: "string", enum: ["missing", "draft", "in-review", "changes-requested", "approved", "outdated"] },
      OwnWords: {
        type: "object",
        required: ["id", "ownWords", "note"],
        additionalProperties: false,
        description: "A quotation given in the speaker's own words in this language (default: translated from the source)",
        properties: { id: { type: "string" }, ownWords: { const: true }, note: { type: "string", maxLength: 500, description: "Where the words come from" } },
      },
      SaveRequest: {
        type: "object",
        required: ["text", "baseVersion"],
        additionalProperties: false,
        properties: {
          text: { type: "string", maxLength: MAX_TRANSLATION_LENGTH, description: "Must keep every quotation span of the source, once, with its id" },
          baseVersion: { type: "integer", minimum: 0, description: "The version this text was based on (0 when there was none)" },
          quotes: { type: "array", maxItems: MAX_QUOTES_PER_SAVE, items: ref("OwnWords") },
          overrides: { type: "array", items: ref("CheckOverride"), description: "Error checks overridden for this revision, each with a reason (kept on the revision)" },
          translatorNote: { type: ["string", "null"], maxLength: 1000, description: "The translator's note readers see beside the paragraph, marked as ours; reviewed and approved with the text. Absent: the latest revision's note is kept; null: removed" },
          memoryInserted: { type: "array", maxItems: 20, items: { type: "string", maxLength: MAX_TRANSLATION_LENGTH }, description: "The translation-memory matches (their target) inserted into this text: the revision records how much of it came from them unchanged" },
        },
      },
      SaveResult: {
        type: "object",
        properties: { version: { type: "integer" }, state: ref("State"), unchanged: { type: "boolean" }, memoryShare: { type: ["number", "null"], minimum: 0, maximum: 1, description: "Share of the saved text that came unchanged from memoryInserted (null: nothing inserted)" }, checks: { type: "array", items: ref("Check") } },
      },
      SubmitRequest: {
        type: "object",
        additionalProperties: false,
        properties: {
          version: { type: "integer", description: "Refuse (409) if the latest version is another" },
          overrides: { type: "array", items: ref("CheckOverride"), description: "Error checks overridden, each with a reason: an error not overridden refuses the submission (422)" },
        },
      },
      Check: {
        type: "object",
        required: ["id", "severity", "message"],
        description: "A quality check's finding (the list of checks: /{ui}/checks); the message is in the caller's language",
        properties: {
          id: { type: "string", enum: [...CHECK_IDS] },
          severity: { type: "string", enum: ["error", "warning"] },
          message: { type: "string" },
          quote: { type: "string", description: "The quotation it is about" },
        },
      },
      CheckOverride: {
        type: "object",
        required: ["check", "reason"],
        additionalProperties: false,
        properties: { check: { type: "string", enum: [...CHECK_IDS] }, reason: { type: "string", maxLength: MAX_OVERRIDE_REASON_LENGTH } },
      },
      ReviewRequest: {
        type: "object",
        required: ["decision", "version"],
        additionalProperties: false,
        properties: {
          decision: { type: "string", enum: ["approve", "request-changes", "keep-approval"] },
          comment: { type: "string", maxLength: 2000, description: "Required for request-changes and keep-approval" },
          version: { type: "integer", description: "The version the reviewer read" },
          acknowledgeWarnings: { type: "boolean", description: "Required (true) to approve a revision that has quality warnings: otherwise 422" },
        },
      },
      StateResult: { type: "object", properties: { version: { type: "integer" }, state: ref("State") } },
      Revision: {
        type: "object",
        properties: {
          version: { type: "integer" },
          text: { type: "string" },
          quotes: { type: "array", items: ref("OwnWords") },
          memoryShare: { type: ["number", "null"], minimum: 0, maximum: 1, description: "Share of the text that came unchanged from translation-memory matches inserted (null: none)" },
        },
      },
      Translation: {
        type: "object",
        properties: {
          paragraph: { type: "string" },
          state: ref("State"),
          version: { type: "integer" },
          latest: { oneOf: [ref("Revision"), { type: "null" }] },
          checks: { type: "array", items: ref("Check"), description: "The quality checks of the revision shown (latest, else approved), less the warnings a reviewer dismissed" },
          approved: {
            oneOf: [
              {
                allOf: [
                  ref("Revision"),
                  {
                    type: "object",
                    properties: {
                      by: { type: ["string", "null"] },
                      at: { type: ["string", "null"], format: "date-time" },
                      sourceHash: { type: ["string", "null"] },
                      isOutdated: { type: "boolean", description: "Approved against an earlier wording of the source" },
                    },
                  },
                ],
              },
              { type: "null" },
            ],
          },
        },
      },
      Report: {
        type: "object",
        properties: {
          slug: { type: "string" },
          title: { type: "string" },
          titles: { type: "object", additionalProperties: { type: "string" } },
          date: { type: "string" },
          outlet: { type: "string" },
          originalLanguage: { type: "string" },
          targetLanguages: {
            type: "array",
            items: { type: "string", enum: [...TARGET_LANGUAGES] },
            description: "The languages this report is translated into (its front matter's targetLanguages; every configured target language when it says none): the keys of `translations`",
          },
          paragraphs: {
            type: "array",
            items: {
              type: "object",
              properties: {
                id: { type: "string" },
                order: { type: "integer" },
                kind: { type: "string", enum: ["paragraph", "heading"] },
                text: { type: "string", description: 'Plain text with <q id="…">…</q> quotation spans' },
                hash: { type: "string" },
              },
            },
          },
          quotations: {
            type: "array",
            items: {
              type: "object",
              properties: {
                id: { type: "string" },
                paragraph: { type: "string" },
                speaker: { type: ["string", "null"], description: "null: the report does not say" },
                role: { type: ["string", "null"] },
                spokenLanguage: { type: ["string", "null"], description: "null: not stated in the report" },
                kind: { type: "string", enum: ["speech", "term"] },
                closed: { type: "boolean", description: "false: the source never closes its quotation mark" },
              },
            },
          },
          translations: {
            type: "object",
            additionalProperties: {
              type: "object",
              properties: { includesUnreviewed: { type: "boolean" }, paragraphs: { type: "array", items: ref("Translation") } },
            },
          },
        },
      },
      Me: {
        type: "object",
        properties: {
          user: {
            oneOf: [
              {
                type: "object",
                properties: {
                  id: { type: "string" },
                  name: { type: "string" },
                  email: { type: "string" },
                  isAdmin: { type: "boolean" },
                  roles: { type: "array", items: { type: "object", properties: { role: { type: "string", enum: ["translator", "reviewer"] }, language: { type: "string" } } } },
                },
              },
              { type: "null" },
            ],
          },
          work: {
            type: "array",
            items: {
              type: "object",
              properties: {
                kind: { type: "string", enum: ["translate", "review"] },
                language: { type: "string" },
                reports: { type: "array", items: { type: "object", properties: { slug: { type: "string" }, title: { type: "string" }, language: { type: "string" } } } },
              },
            },
          },
        },
      },
    },
  },
} as const;
