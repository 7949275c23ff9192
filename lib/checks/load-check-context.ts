import type { Db, Tx } from "@/lib/db/client";
import type { GlossaryEntry } from "@/lib/generated/prisma/client";
import { toTerm } from "@/lib/glossary/entry-view";
import { cachedLengthRatio } from "./length-ratio-cache";
import type { Dismissal } from "./findings";
import type { CheckContext } from "./types";

export type ReportChecks = {
  sourceLanguage: string;
  language: string;
  context: Required<CheckContext>;
  // the reviewers' false positives, by paragraph key
  dismissals: Record<string, Dismissal[]>;
};

// The one place that gathers what the checks need beyond the paragraph, for one report and
// target language: the pair's accepted glossary, the length ratio learnt from the approved
// memory, every paragraph's latest translation (for consistency) and the dismissed warnings.
// The server runs the checks with it, and the workspace page hands the same to the browser.
// Every API save runs it, so its reads are raw SQL (Prisma 6 compiles each ORM query on the
// server's one thread; see lib/translations/find-target.ts). A translation's latest revision
// is the one whose version is the translation's.
export async function loadCheckContext(db: Db | Tx, options: { reportId: string; language: string }): Promise<ReportChecks> {
  const [report] = await db.$queryRaw<{ originalLanguage: string }[]>`
    SELECT "originalLanguage" FROM "Report" WHERE "id" = ${options.reportId}`;
  if (!report) throw new Error(`loadCheckContext: no report ${options.reportId}`);
  const pair = { sourceLanguage: report.originalLanguage, targetLanguage: options.language };
  const entries = await db.$queryRaw<GlossaryEntry[]>`
    SELECT * FROM "GlossaryEntry"
    WHERE "sourceLanguage" = ${pair.sourceLanguage} AND "targetLanguage" = ${pair.targetLanguage} AND "status" = 'accepted'
    ORDER BY "sourceTerm" ASC`;
  const lengthRatio = await cachedLengthRatio(db, pair.sourceLanguage, pair.targetLanguage);
  const others = await db.$queryRaw<{ paragraphKey: string; source: string; text: string }[]>`
    SELECT p."key" AS "paragraphKey", p."text" AS "source", r."text" AS "text"
    FROM "SourceParagraph" p
    JOIN "Translation" t ON t."paragraphId" = p."id" AND t."language" = ${options.language}
    JOIN "Revision" r ON r."translationId" = t."id" AND r."version" = t."version"
    WHERE p."reportId" = ${options.reportId} AND p."archivedAt" IS NULL
    ORDER BY p."position" ASC`;
  const dismissed = await db.$queryRaw<{ paragraphKey: string; checkId: string; quoteKey: string }[]>`
    SELECT p."key" AS "paragraphKey", d."checkId", d."quoteKey"
    FROM "CheckDismissal" d
    JOIN "Translation" t ON t."id" = d."translationId" AND t."language" = ${options.language}
    JOIN "SourceParagraph" p ON p."id" = t."paragraphId"
    WHERE p."reportId" = ${options.reportId} AND p."archivedAt" IS NULL`;
  const dismissals: Record<string, Dismissal[]> = {};
  for (const { paragraphKey, checkId, quoteKey } of dismissed) (dismissals[paragraphKey] ??= []).push({ checkId, quoteKey });
  return { sourceLanguage: pair.sourceLanguage, language: options.language, context: { glossary: entries.map(toTerm), lengthRatio, others }, dismissals };
}
