import crypto from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { inChunks } from "@/lib/db/in-chunks";
import type { ParsedReport } from "./parse-report";

type QuoteData = {
  paragraphId: string;
  kind: string;
  position: number;
  speakerKey: string | null;
  speakerName: string | null;
  speakerRole: string | null;
  spokenLanguage: string | null;
  isClosed: boolean;
};

const FIELDS = ["paragraphId", "kind", "position", "speakerKey", "speakerName", "speakerRole", "spokenLanguage", "isClosed"] as const;

// Quotations are metadata of the current wording; revisions refer to them by key only. One read
// of the report's quotations, a write only for one that differs, new ones in multi-row inserts,
// and the ones no longer in the MDX deleted by id in chunks: the former `notIn` of every key
// exceeded the database's limit of bound parameters on a long report (issue 14).
export async function syncQuotes(tx: Tx, reportId: string, report: ParsedReport, paragraphIds: ReadonlyMap<string, string>): Promise<void> {
  const existing = await tx.quote.findMany({ where: { reportId } });
  const byKey = new Map(existing.map((quote) => [quote.key, quote]));
  const keep = new Set<string>();
  const created: (QuoteData & { reportId: string; key: string })[] = [];
  for (const unit of report.units) {
    for (const quote of unit.quotes) {
      keep.add(quote.key);
      const speaker = quote.speakerKey ? report.speakers[quote.speakerKey] : undefined;
      const data: QuoteData = {
        paragraphId: paragraphIds.get(unit.key)!,
        kind: quote.kind,
        position: quote.position,
        speakerKey: quote.speakerKey,
        speakerName: speaker?.name ?? null,
        speakerRole: speaker?.role ?? null,
        spokenLanguage: quote.spokenLanguage,
        isClosed: quote.isClosed,
      };
      const before = byKey.get(quote.key);
      if (!before) created.push({ reportId, key: quote.key, ...data });
      else if (FIELDS.some((field) => before[field] !== data[field])) await tx.quote.update({ where: { id: before.id }, data });
    }
  }
  // raw multi-row inserts, as for new paragraphs (sync-paragraphs.ts): ids are UUIDs
  for (const chunk of inChunks(created, 100)) {
    const rows = chunk.map(
      (quote) =>
        Prisma.sql`(${crypto.randomUUID()}, ${quote.reportId}, ${quote.paragraphId}, ${quote.key}, ${quote.kind}, ${quote.position}, ${quote.speakerKey}, ${quote.speakerName}, ${quote.speakerRole}, ${quote.spokenLanguage}, ${quote.isClosed})`,
    );
    await tx.$executeRaw`INSERT INTO "Quote" ("id", "reportId", "paragraphId", "key", "kind", "position", "speakerKey", "speakerName", "speakerRole", "spokenLanguage", "isClosed") VALUES ${Prisma.join(rows)}`;
  }
  const removed = existing.filter((quote) => !keep.has(quote.key)).map((quote) => quote.id);
  for (const chunk of inChunks(removed)) await tx.quote.deleteMany({ where: { id: { in: chunk } } });
}
