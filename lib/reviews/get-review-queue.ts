import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import type { TargetLanguage } from "@/lib/languages";
import { requireReportTarget } from "@/lib/reports/report-target";
import { authorize, canReview, requireActor } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";
import { loadCheckContext } from "@/lib/checks/load-check-context";
import { toReviewItem, type ReviewItem, type ReviewState } from "./review-item";
import { findTextAuthors } from "./text-authors";

export type ReviewQueue = {
  report: { slug: string; title: string; outlet: string; originalLanguage: string };
  language: TargetLanguage;
  items: ReviewItem[]; // in review first, then outdated, each in reading order
};

const QUEUED: readonly ReviewState[] = ["in-review", "outdated"];

// Every paragraph of a report awaiting a reviewer of one language.
export async function getReviewQueue(db: Db, options: { slug: string; language: string; actor: Actor | null }): Promise<ReviewQueue> {
  requireActor(options.actor);
  const report = await db.report.findUnique({ where: { slug: options.slug } });
  if (!report) throw new DomainError("not-found", `Unknown report ${options.slug}`, { what: "report" });
  const language: TargetLanguage = requireReportTarget(report, options.language);
  const actor = authorize(options.actor, (who) => canReview(who, language), `review ${language} translations`);

  // A paragraph's number is its row in the reader; only the queued ones are read whole (a long
  // report's thousands of others are not, issue 14).
  const order = await db.sourceParagraph.findMany({ where: { reportId: report.id, archivedAt: null }, orderBy: { position: "asc" }, select: { id: true } });
  const numbers = new Map(order.map((paragraph, index) => [paragraph.id, index + 1]));
  const paragraphs = await db.sourceParagraph.findMany({
    where: { reportId: report.id, archivedAt: null, translations: { some: { language, state: { in: [...QUEUED] } } } },
    orderBy: { position: "asc" },
    include: {
      quotes: { orderBy: { position: "asc" } },
      versions: { select: { hash: true, text: true } },
      translations: {
        where: { language, state: { in: [...QUEUED] } },
        include: {
          approvedBy: { select: { name: true } },
          approvedRevision: { select: { version: true, text: true, translatorNote: true } },
          decisions: {
            orderBy: { createdAt: "desc" },
            take: 1,
            include: { reviewer: { select: { name: true } }, revision: { select: { version: true, text: true, translatorNote: true } } },
          },
          revisions: { orderBy: { version: "desc" }, take: 1, include: { author: { select: { id: true, name: true } }, quoteOrigins: true } },
        },
      },
    },
  });

  const authors = await findTextAuthors(db, paragraphs.flatMap((paragraph) => paragraph.translations));
  const checks = await loadCheckContext(db, { reportId: report.id, language });
  const items = paragraphs.flatMap((paragraph) => {
    const translation = paragraph.translations[0];
    if (!translation) return [];
    const state = translation.state as ReviewState;
    const textAuthorIds = authors.get(translation.id) ?? [];
    return [toReviewItem(paragraph, { ...translation, state, textAuthorIds }, numbers.get(paragraph.id) ?? 0, { actor, language, checks })];
  });
  const rank = (item: ReviewItem) => QUEUED.indexOf(item.state);
  return {
    report: { slug: report.slug, title: report.title, outlet: report.outlet, originalLanguage: report.originalLanguage },
    language,
    items: items.sort((a, b) => rank(a) - rank(b) || a.number - b.number),
  };
}
