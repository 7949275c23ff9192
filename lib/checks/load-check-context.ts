import type { Db, Tx } from "@/lib/db/client";
import type { Dismissal } from "./findings";
import { cachedGlossary } from "./glossary-cache";
import { cachedLengthRatio } from "./length-ratio-cache";
import { stampOf } from "./stamp";
import type { CheckContext } from "./types";

export type ReportChecks = {
  sourceLanguage: string;
  language: string;
  context: Required<CheckContext>;
  // the reviewers' false positives, by paragraph key
  dismissals: Record<string, Dismissal[]>;
};

// One row per paragraph of the report and, where a reviewer dismissed warnings, per dismissal;
// the stamps, which depend only on the parameters, are the same on every row.
type ContextRow = {
  sourceLanguage: string;
  memoryChanged: unknown;
  glossaryCount: unknown;
  glossaryVersions: unknown;
  glossaryChanged: unknown;
  paragraphKey: string | null;
  source: string | null;
  text: string | null;
  checkId: string | null;
  quoteKey: string | null;
};

// The one place that gathers what the checks need beyond the paragraph, for one report and
// target language: the pair's accepted glossary, the length ratio learnt from the approved
// memory, every paragraph's latest translation (for consistency) and the dismissed warnings.
// The server runs the checks with it, and the workspace page hands the same to the browser.
// Every save runs it, so it is one raw statement (Prisma 6 compiles each ORM query on the
// server's one thread, and on PostgreSQL each statement is a round trip; npm run bench, saves):
// the report's translations and dismissals, which change at every save, and the stamps that say
// whether this process's copies of the glossary and of the length ratio are still right
// (glossary-cache.ts, length-ratio-cache.ts), so that each instance reads those again only
// after they changed. A translation's latest revision is the one whose version is the translation's.
export async function loadCheckContext(db: Db | Tx, options: { reportId: string; language: string }): Promise<ReportChecks> {
  const rows = await db.$queryRaw<ContextRow[]>`
    SELECT rep."originalLanguage" AS "sourceLanguage",
      (SELECT MAX(m."updatedAt") FROM "MemoryEntry" m) AS "memoryChanged",
      g."glossaryCount", g."glossaryVersions", g."glossaryChanged",
      p."key" AS "paragraphKey", p."text" AS "source", v."text" AS "text", d."checkId", d."quoteKey"
    FROM "Report" rep
    CROSS JOIN (
      SELECT COUNT(*) AS "glossaryCount", SUM(e."version") AS "glossaryVersions", MAX(e."updatedAt") AS "glossaryChanged"
      FROM "GlossaryEntry" e
      WHERE e."sourceLanguage" = (SELECT "originalLanguage" FROM "Report" WHERE "id" = ${options.reportId})
        AND e."targetLanguage" = ${options.language} AND e."status" = 'accepted'
    ) g
    LEFT JOIN "SourceParagraph" p ON p."reportId" = rep."id" AND p."archivedAt" IS NULL
    LEFT JOIN "Translation" t ON t."paragraphId" = p."id" AND t."language" = ${options.language}
    LEFT JOIN "Revision" v ON v."translationId" = t."id" AND v."version" = t."version"
    LEFT JOIN "CheckDismissal" d ON d."translationId" = t."id"
    WHERE rep."id" = ${options.reportId}
    ORDER BY p."position" ASC, p."id" ASC`;
  const [first] = rows;
  if (!first) throw new Error(`loadCheckContext: no report ${options.reportId}`);
  const pair = { sourceLanguage: first.sourceLanguage, targetLanguage: options.language };
  const glossaryStamp = [first.glossaryCount, first.glossaryVersions, first.glossaryChanged].map(stampOf).join("|");
  const glossary = await cachedGlossary(db, pair, glossaryStamp);
  const lengthRatio = await cachedLengthRatio(db, pair.sourceLanguage, pair.targetLanguage, stampOf(first.memoryChanged));
  const others: Required<CheckContext>["others"][number][] = [];
  const dismissals: Record<string, Dismissal[]> = {};
  for (const row of rows) {
    if (row.paragraphKey === null) continue;
    if (row.text !== null && row.source !== null && others.at(-1)?.paragraphKey !== row.paragraphKey) {
      others.push({ paragraphKey: row.paragraphKey, source: row.source, text: row.text });
    }
    if (row.checkId !== null) (dismissals[row.paragraphKey] ??= []).push({ checkId: row.checkId, quoteKey: row.quoteKey ?? "" });
  }
  return { sourceLanguage: pair.sourceLanguage, language: options.language, context: { glossary, lengthRatio, others }, dismissals };
}
