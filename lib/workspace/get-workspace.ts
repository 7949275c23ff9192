import type { Db } from "@/lib/db/client";
import { glossaryTerms } from "@/lib/glossary/glossary-terms";
import type { GlossaryTerm } from "@/lib/glossary/match-terms";
import { DomainError } from "@/lib/errors";
import { loadCheckContext, type ReportChecks } from "@/lib/checks/load-check-context";
import { othersRelevantTo } from "@/lib/checks/inconsistent";
import { isTargetLanguage, type TargetLanguage } from "@/lib/languages";
import { requireReportTarget } from "@/lib/reports/report-target";
import { authorize, canEditTranslation, canWorkOn, requireActor } from "@/lib/permissions";
import { listEditors, type EditorMark } from "@/lib/presence/list-editors";
import type { Actor } from "@/lib/users/actor";
import { findPendingRequests } from "./pending-requests";
import { findPivot, type Pivot } from "./pivot";
import { findResumePoint, type ResumePoint } from "./resume-point";
import { getSessionSummary, type SessionSummary } from "./session-summary";
import { toWorkspaceRow, type WorkspaceRow } from "./workspace-row";
import { findInReport, type ReportFind } from "./find-in-report";
import { asTranslationState } from "@/lib/workflow/states";
import { chooseWindow, packOutline, type OutlineRow, type PackedOutline, type WindowRequest, type WorkspaceWindow } from "./workspace-window";

export type WorkspaceData = {
  report: { slug: string; title: string; targetTitle: string | null; outlet: string; date: string; sourceLanguage: string };
  language: TargetLanguage;
  viewer: { id: string; name: string; canEdit: boolean };
  // the page's rows (issue 14: one page of a long report, see workspace-window.ts)
  rows: WorkspaceRow[];
  // every paragraph of the report, key and state only (unpackOutline makes the rows)
  outline: PackedOutline;
  window: WorkspaceWindow;
  // find over the whole report (?find=), when the report has more than one page
  find: ReportFind | null;
  editors: EditorMark[];
  // what the quality checks need beyond the paragraph, so the editor runs the server's checks
  checks: ReportChecks;
  summary: SessionSummary;
  resume: ResumePoint | null;
  // the other target language's approved texts, shown on request beside the original
  pivot: Pivot | null;
  // the accepted glossary of the pair, underlined in the source (lib/glossary/match-terms.ts)
  glossary: GlossaryTerm[];
};

export type GetWorkspaceOptions = {
  slug: string;
  language: string;
  actor: Actor | null;
  // when the translator signed in: the session summary counts from there
  sessionStart: Date;
  now?: Date;
  // which page: ?page=, ?at= (a paragraph number); default the page of "continue"
  window?: Omit<WindowRequest, "resumeKey">;
  find?: string;
};

const DECISIONS = ["approve", "request-changes", "keep-approval"];

// The translator's workspace for one report and one target language: one page of source
// paragraphs with their translation's state and latest text, in report order (a short report
// is one page), and the outline of the whole report.
export async function getWorkspace(db: Db, options: GetWorkspaceOptions): Promise<WorkspaceData> {
  requireActor(options.actor);
  if (!isTargetLanguage(options.language)) throw new DomainError("not-found", `Unknown language ${options.language}`, { what: "language" });
  const language = options.language;
  const report = await db.report.findUnique({ where: { slug: options.slug }, include: { titles: { where: { language } } } });
  if (!report) throw new DomainError("not-found", `Unknown report ${options.slug}`, { what: "report" });
  requireReportTarget(report, language);
  const actor = authorize(options.actor, (who) => canWorkOn(who, language), `open the ${language} workspace`);

  const scope = { reportId: report.id, language, userId: actor.id };
  const resume = await findResumePoint(db, scope);
  const all = await db.sourceParagraph.findMany({
    where: { reportId: report.id, archivedAt: null },
    orderBy: { position: "asc" },
    select: { id: true, key: true, translations: { where: { language }, select: { state: true } } },
  });
  const outline: OutlineRow[] = all.map((paragraph, index) => ({
    key: paragraph.key,
    number: index + 1,
    state: asTranslationState(paragraph.translations[0]?.state ?? "missing"),
  }));
  const pageWindow = chooseWindow(outline, { ...options.window, resumeKey: resume?.paragraphKey ?? null });
  const paragraphs = await db.sourceParagraph.findMany({
    where: { id: { in: all.slice(pageWindow.first - 1, pageWindow.last).map((paragraph) => paragraph.id) } },
    orderBy: { position: "asc" },
    include: {
      quotes: { orderBy: { position: "asc" } },
      versions: { select: { hash: true, text: true } },
      _count: { select: { comments: { where: { language } } } },
      translations: {
        where: { language },
        include: {
          revisions: { orderBy: { version: "desc" }, take: 1, include: { author: { select: { name: true } }, quoteOrigins: true } },
          events: {
            where: { action: { in: DECISIONS } },
            orderBy: { createdAt: "desc" },
            take: 1,
            include: { actor: { select: { name: true } } },
          },
          decisions: {
            where: { decision: "request-changes" },
            orderBy: { createdAt: "desc" },
            take: 1,
            include: { reviewer: { select: { name: true } } },
          },
        },
      },
    },
  });

  const checks = await loadCheckContext(db, { reportId: report.id, language });
  const [editors, summary, pending, pivot] = await Promise.all([
    listEditors(db, { reportId: report.id, language, excludeUserId: actor.id, now: options.now ?? new Date() }),
    getSessionSummary(db, { ...scope, since: options.sessionStart }),
    findPendingRequests(db, paragraphs.flatMap((paragraph) => paragraph.translations)),
    findPivot(db, report.id, language),
  ]);
  // only what the page's paragraphs need goes to the browser: their pivot texts, dismissals, and
  // the other paragraphs the inconsistency check can name for them (not every translated one)
  const pageKeys = new Set(paragraphs.map((paragraph) => paragraph.key));
  const pageChecks: ReportChecks = {
    ...checks,
    context: { ...checks.context, others: othersRelevantTo(checks.context.others, paragraphs.map((paragraph) => paragraph.text), report.originalLanguage) },
    dismissals: Object.fromEntries(Object.entries(checks.dismissals).filter(([key]) => pageKeys.has(key))),
  };
  const pagePivot = pivot && { ...pivot, texts: Object.fromEntries(Object.entries(pivot.texts).filter(([key]) => pageKeys.has(key))) };
  const find = pageWindow.pageCount > 1 && options.find ? await findInReport(db, { reportId: report.id, language, sourceLanguage: report.originalLanguage, query: options.find, window: pageWindow }) : null;
  const glossary = await glossaryTerms(db, { sourceLanguage: report.originalLanguage, targetLanguage: language });
  return {
    glossary,
    report: {
      slug: report.slug,
      title: report.title,
      targetTitle: report.titles[0]?.title ?? null,
      outlet: report.outlet,
      date: report.date,
      sourceLanguage: report.originalLanguage,
    },
    language,
    viewer: { id: actor.id, name: actor.name, canEdit: canEditTranslation(actor, language) },
    rows: paragraphs.map((paragraph, index) => toWorkspaceRow(paragraph, pageWindow.first + index, pending.get(paragraph.translations[0]?.id ?? "") ?? null)),
    outline: packOutline(outline),
    window: pageWindow,
    find,
    editors,
    summary,
    resume,
    pivot: pagePivot,
    checks: pageChecks,
  };
}
