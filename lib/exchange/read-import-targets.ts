import type { Tx } from "@/lib/db/client";

type Row = Record<string, unknown>;
export type ImportTarget = {
  id: string;
  key: string;
  text: string;
  hash: string;
  quotes: { key: string }[]; // in order
  translation: { id: string; version: number; state: string } | null;
  latest: { text: string; translatorNote: string | null; createdAt: Date; authorName: string | null; quoteOrigins: { quoteKey: string; note: string }[] } | null;
};

// What an XLIFF import judges its units against, for every live paragraph of the report: the
// paragraph, its quotations, its translation into the language and that translation's latest
// revision with its author and own-words notes. Five raw reads of the whole report, not a
// query per unit nor Prisma's nested includes (2,000 paragraphs: about 1 s of ORM work each
// time, npm run bench); same columns on both databases, the adapters type the values.
export async function readImportTargets(tx: Tx, reportId: string, language: string): Promise<Map<string, ImportTarget>> {
  const paragraphs = await tx.$queryRaw<{ id: string; key: string; text: string; hash: string }[]>`
    SELECT "id", "key", "text", "hash" FROM "SourceParagraph" WHERE "reportId" = ${reportId} AND "archivedAt" IS NULL`;
  const quotes = await tx.$queryRaw<{ paragraphId: string; key: string }[]>`
    SELECT "paragraphId", "key" FROM "Quote" WHERE "reportId" = ${reportId} ORDER BY "paragraphId", "position"`;
  const translations = await tx.$queryRaw<{ id: string; paragraphId: string; version: number; state: string }[]>`
    SELECT t."id", t."paragraphId", t."version", t."state" FROM "Translation" t JOIN "SourceParagraph" p ON p."id" = t."paragraphId"
    WHERE p."reportId" = ${reportId} AND t."language" = ${language}`;
  const revisions = await tx.$queryRaw<{ id: string; translationId: string; text: string; translatorNote: string | null; createdAt: unknown; authorName: string | null }[]>`
    SELECT r."id", r."translationId", r."text", r."translatorNote", r."createdAt", u."name" AS "authorName"
    FROM "Revision" r JOIN "Translation" t ON t."id" = r."translationId" AND t."version" = r."version"
    JOIN "SourceParagraph" p ON p."id" = t."paragraphId" LEFT JOIN "User" u ON u."id" = r."authorId"
    WHERE p."reportId" = ${reportId} AND t."language" = ${language}`;
  const origins = await tx.$queryRaw<{ revisionId: string; quoteKey: string; note: string }[]>`
    SELECT o."revisionId", o."quoteKey", o."note" FROM "RevisionQuoteOrigin" o JOIN "Revision" r ON r."id" = o."revisionId"
    JOIN "Translation" t ON t."id" = r."translationId" AND t."version" = r."version" JOIN "SourceParagraph" p ON p."id" = t."paragraphId"
    WHERE p."reportId" = ${reportId} AND t."language" = ${language}`;
  const quotesOf = groupBy(quotes, "paragraphId");
  const originsOf = groupBy(origins, "revisionId");
  const revisionOf = new Map(revisions.map((revision) => [revision.translationId, revision]));
  const translationOf = new Map(translations.map((translation) => [translation.paragraphId, translation]));
  const targets = new Map<string, ImportTarget>();
  for (const paragraph of paragraphs) {
    const translation = translationOf.get(paragraph.id);
    const revision = translation ? revisionOf.get(translation.id) : undefined;
    targets.set(paragraph.key, {
      ...paragraph,
      quotes: (quotesOf.get(paragraph.id) ?? []).map(({ key }) => ({ key })),
      translation: translation ? { id: translation.id, version: Number(translation.version), state: translation.state } : null,
      latest: revision
        ? {
            text: revision.text,
            translatorNote: revision.translatorNote,
            createdAt: new Date(revision.createdAt as string | Date),
            authorName: revision.authorName,
            quoteOrigins: (originsOf.get(revision.id) ?? []).map(({ quoteKey, note }) => ({ quoteKey, note })),
          }
        : null,
    });
  }
  return targets;
}

function groupBy<T extends Row, K extends keyof T>(rows: readonly T[], key: K): Map<T[K], T[]> {
  const groups = new Map<T[K], T[]>();
  for (const row of rows) {
    const list = groups.get(row[key]);
    if (list) list.push(row);
    else groups.set(row[key], [row]);
  }
  return groups;
}
