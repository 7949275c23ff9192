import type { Db } from "@/lib/db/client";
import { findParagraphs, type FindMatch } from "./find-paragraphs";
import { pageOfNumber, type WorkspaceWindow } from "./workspace-window";

export type ReportFind = { query: string; matches: (FindMatch & { page: number })[]; total: number };

// The most matches listed; the count says how many there are in all.
export const FIND_LIMIT = 100;

// Find over the whole report for a workspace that shows one page of it (issue 14): the same
// matching as the page's own find (find-paragraphs.ts), over every paragraph's source and
// latest translation, on the server, each match with the page that holds it.
export async function findInReport(
  db: Db,
  options: { reportId: string; language: string; sourceLanguage: string; query: string; window: Pick<WorkspaceWindow, "pageSize"> },
): Promise<ReportFind | null> {
  const query = options.query.trim();
  if (query === "") return null;
  const paragraphs = await db.sourceParagraph.findMany({
    where: { reportId: options.reportId, archivedAt: null },
    orderBy: { position: "asc" },
    select: {
      key: true,
      text: true,
      translations: { where: { language: options.language }, select: { revisions: { orderBy: { version: "desc" }, take: 1, select: { text: true } } } },
    },
  });
  const rows = paragraphs.map((paragraph, index) => ({
    key: paragraph.key,
    number: index + 1,
    source: paragraph.text,
    target: paragraph.translations[0]?.revisions[0]?.text ?? null,
  }));
  const matches = findParagraphs(rows, query, { source: options.sourceLanguage, target: options.language });
  return {
    query,
    total: matches.length,
    matches: matches.slice(0, FIND_LIMIT).map((match) => ({ ...match, page: pageOfNumber(options.window, match.number) })),
  };
}
