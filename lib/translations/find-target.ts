import type { Tx } from "@/lib/db/client";
import type { Quote, SourceParagraph, Translation } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors";
import type { TargetLanguage } from "@/lib/languages";
import { requireReportTarget } from "@/lib/reports/report-target";

export type TargetRef = { slug: string; paragraphKey: string; language: string };

// The translation's latest revision (the one whose version is the translation's): what a save
// compares with (unchanged?) and what the checks after it look at.
export type LatestRevision = { id: string; text: string; sourceHash: string; translatorNote: string | null };

// One row per quotation of the paragraph (one with null quotation columns when it has none):
// the paragraph, the language's translation row and its latest revision repeated on each.
type TargetRow = SourceParagraph & {
  rTargetLanguages: string | null;
  tId: string | null;
  tParagraphId: string | null;
  tLanguage: string | null;
  tState: string | null;
  tVersion: number | null;
  tApprovedRevisionId: string | null;
  tApprovedSourceHash: string | null;
  tApprovedById: string | null;
  tApprovedAt: Date | null;
  tCreatedAt: Date | null;
  tUpdatedAt: Date | null;
  vId: string | null;
  vText: string | null;
  vSourceHash: string | null;
  vTranslatorNote: string | null;
  qId: string | null;
  qKind: string | null;
  qKey: string | null;
  qPosition: number | null;
  qSpeakerKey: string | null;
  qSpeakerName: string | null;
  qSpeakerRole: string | null;
  qSpokenLanguage: string | null;
  qIsClosed: boolean | null;
};

// Resolves report / paragraph / language of a request, or a 404 naming which is unknown.
// It only reads: the translation row is null where none exists yet (content:sync creates
// one per paragraph and language, lib/content/sync-content.ts); a write that needs it
// calls findWritableTarget inside its write transaction. Every save, submission and decision
// starts here, so it is one raw statement: Prisma 6 compiles each ORM query on the server's one
// thread (about 1.1 ms for this one as a findFirst with includes), and on PostgreSQL each
// statement is a round trip (npm run bench, saves). Same columns on both databases; the
// adapters type the values (aliases keep the column's type).
export async function findTranslationTarget(tx: Tx, ref: TargetRef) {
  const rows = await tx.$queryRaw<TargetRow[]>`
    SELECT r."targetLanguages" AS "rTargetLanguages", p."id", p."reportId", p."key", p."position", p."kind", p."text", p."hash", p."archivedAt", p."createdAt", p."updatedAt",
      t."id" AS "tId", t."paragraphId" AS "tParagraphId", t."language" AS "tLanguage", t."state" AS "tState", t."version" AS "tVersion",
      t."approvedRevisionId" AS "tApprovedRevisionId", t."approvedSourceHash" AS "tApprovedSourceHash", t."approvedById" AS "tApprovedById",
      t."approvedAt" AS "tApprovedAt", t."createdAt" AS "tCreatedAt", t."updatedAt" AS "tUpdatedAt",
      v."id" AS "vId", v."text" AS "vText", v."sourceHash" AS "vSourceHash", v."translatorNote" AS "vTranslatorNote",
      q."id" AS "qId", q."kind" AS "qKind", q."key" AS "qKey", q."position" AS "qPosition", q."speakerKey" AS "qSpeakerKey",
      q."speakerName" AS "qSpeakerName", q."speakerRole" AS "qSpeakerRole", q."spokenLanguage" AS "qSpokenLanguage", q."isClosed" AS "qIsClosed"
    FROM "SourceParagraph" p
    JOIN "Report" r ON r."id" = p."reportId"
    LEFT JOIN "Translation" t ON t."paragraphId" = p."id" AND t."language" = ${ref.language}
    LEFT JOIN "Revision" v ON v."translationId" = t."id" AND v."version" = t."version"
    LEFT JOIN "Quote" q ON q."paragraphId" = p."id"
    WHERE r."slug" = ${ref.slug} AND p."key" = ${ref.paragraphKey}
    ORDER BY q."position" ASC`;
  const [found] = rows;
  if (!found) {
    const report = await tx.report.findUnique({ where: { slug: ref.slug }, select: { id: true } });
    if (!report) throw new DomainError("not-found", `Unknown report ${ref.slug}`, { what: "report" });
  }
  if (!found || found.archivedAt) {
    throw new DomainError("not-found", `Unknown paragraph ${ref.paragraphKey}`, { what: "paragraph" });
  }
  // a language the report is not translated into is unknown (lib/reports/report-target.ts)
  const language: TargetLanguage = requireReportTarget({ targetLanguages: found.rTargetLanguages }, ref.language);
  const { id, reportId, key, position, kind, text, hash, archivedAt, createdAt, updatedAt } = found;
  const quotes = rows.flatMap((row) => (row.qId === null ? [] : [quoteOf(row, row.qId, reportId, id)]));
  return {
    paragraph: { id, reportId, key, position, kind, text, hash, archivedAt, createdAt, updatedAt, quotes },
    language,
    translation: translationOf(found),
    latest: latestOf(found),
  };
}

function latestOf(row: TargetRow): LatestRevision | null {
  if (row.vId === null) return null;
  return { id: row.vId, text: row.vText ?? "", sourceHash: row.vSourceHash ?? "", translatorNote: row.vTranslatorNote };
}

function translationOf(row: TargetRow): Translation | null {
  if (row.tId === null) return null;
  return {
    id: row.tId,
    paragraphId: row.tParagraphId ?? row.id,
    language: row.tLanguage ?? "",
    state: row.tState ?? "missing",
    version: row.tVersion ?? 0,
    approvedRevisionId: row.tApprovedRevisionId,
    approvedSourceHash: row.tApprovedSourceHash,
    approvedById: row.tApprovedById,
    approvedAt: row.tApprovedAt,
    createdAt: row.tCreatedAt ?? row.createdAt,
    updatedAt: row.tUpdatedAt ?? row.updatedAt,
  };
}

function quoteOf(row: TargetRow, id: string, reportId: string, paragraphId: string): Quote {
  return {
    id,
    reportId,
    paragraphId,
    key: row.qKey ?? "",
    kind: row.qKind ?? "speech",
    position: row.qPosition ?? 0,
    speakerKey: row.qSpeakerKey,
    speakerName: row.qSpeakerName,
    speakerRole: row.qSpeakerRole,
    spokenLanguage: row.qSpokenLanguage,
    isClosed: row.qIsClosed ?? true,
  };
}

// For a write transaction (lib/db/write-transaction.ts) only: the target with its translation
// row, created as "missing" if the sync has not made it. Two writers racing to create it make a
// unique violation, which rolls the loser back; writeTransaction runs it again and it finds the row.
export async function findWritableTarget(tx: Tx, ref: TargetRef) {
  const target = await findTranslationTarget(tx, ref);
  const translation =
    target.translation ?? (await tx.translation.create({ data: { paragraphId: target.paragraph.id, language: target.language, state: "missing" } }));
  return { ...target, translation };
}
