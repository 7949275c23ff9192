import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { isTargetLanguage } from "@/lib/languages";
import { requireReportTarget } from "@/lib/reports/report-target";
import { authorize, canWorkOn, requireActor } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";
import { asTranslationState, type TranslationState } from "@/lib/workflow/states";
import { buildXliff, type XliffUnit } from "./build-xliff";

export type ExportXliffOptions = { slug: string; language: string; actor: Actor | null; states?: readonly TranslationState[] };
export type ExportXliffResult = { fileName: string; xml: string; unitCount: number };

// One report and one target language as an XLIFF 2.0 file: a unit per paragraph (its stable
// id), the current source, the latest revision as target, and in the Metadata module what the
// newsroom knows that CAT tools do not (state, base version and source hashes for the import's
// conflict check, approval, and each quotation's speaker and provenance). Comments are notes.
// Those who work on the language may export it, since it carries text not yet approved.
export async function exportXliff(db: Db, options: ExportXliffOptions): Promise<ExportXliffResult> {
  requireActor(options.actor);
  if (!isTargetLanguage(options.language)) throw new DomainError("not-found", `Unknown language ${options.language}`, { what: "language" });
  const language = options.language;
  const report = await db.report.findUnique({
    where: { slug: options.slug },
    include: {
      paragraphs: {
        where: { archivedAt: null },
        orderBy: { position: "asc" },
        include: {
          quotes: { orderBy: { position: "asc" } },
          comments: { where: { language }, orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } },
          translations: {
            where: { language },
            include: {
              approvedBy: { select: { name: true } },
              revisions: { orderBy: { version: "desc" }, take: 1, include: { author: { select: { name: true } }, quoteOrigins: true } },
            },
          },
        },
      },
    },
  });
  if (!report) throw new DomainError("not-found", `Unknown report ${options.slug}`, { what: "report" });
  requireReportTarget(report, language);
  authorize(options.actor, (who) => canWorkOn(who, language), `export the ${language} translation`);

  const units: XliffUnit[] = report.paragraphs.map((paragraph) => {
    const translation = paragraph.translations[0];
    const revision = translation?.revisions[0];
    return {
      id: paragraph.key,
      kind: paragraph.kind,
      sourceText: paragraph.text,
      sourceHash: paragraph.hash,
      quotes: paragraph.quotes.map(({ key, kind, speakerName, speakerRole, spokenLanguage }) => ({ key, kind, speakerName, speakerRole, spokenLanguage })),
      state: translation ? asTranslationState(translation.state) : "missing",
      version: translation?.version ?? 0,
      target: revision
        ? {
            text: revision.text,
            sourceHash: revision.sourceHash,
            author: revision.author.name,
            ownWords: new Map(revision.quoteOrigins.map((origin) => [origin.quoteKey, origin.note])),
          }
        : null,
      approval: translation?.approvedAt && translation.approvedBy ? { by: translation.approvedBy.name, at: translation.approvedAt } : null,
      comments: paragraph.comments.map((comment) => ({ id: `c-${comment.id}`, author: comment.author.name, at: comment.createdAt, body: comment.body })),
    };
  });
  const chosen = options.states?.length ? units.filter((unit) => options.states!.includes(unit.state)) : units;
  if (chosen.length === 0) {
    throw new DomainError("invalid", "No paragraph is in the chosen states", { problems: [{ code: "exchange-no-units" }] });
  }
  const xml = buildXliff({ slug: report.slug, srcLang: report.originalLanguage, trgLang: language, units: chosen });
  return { fileName: `${report.slug}.${report.originalLanguage}-${language}.xlf`, xml, unitCount: chosen.length };
}
