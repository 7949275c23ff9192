import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { reportTargetLanguages, type TargetLanguage } from "@/lib/languages";
import { canSeeUnreviewedText } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";
import { isApprovalOutdated } from "@/lib/workflow/source-change";
import { checkParagraph } from "@/lib/checks/check-paragraph";
import { describeChecks, type DescribedCheck } from "@/lib/checks/describe-checks";
import { loadCheckContext } from "@/lib/checks/load-check-context";
import type { Locale } from "@/i18n/routing";

type OwnWords = { id: string; ownWords: true; note: string }[];
// memoryShare: how much of the text came unchanged from the translation memory (null: none inserted)
type RevisionText = { version: number; text: string; quotes: OwnWords; memoryShare: number | null };

export type ApiTranslation = {
  paragraph: string;
  state: string;
  version: number;
  // The latest revision; null when there is none, or when the caller may not see unreviewed text.
  latest: RevisionText | null;
  approved: (RevisionText & { by: string | null; at: string | null; sourceHash: string | null; isOutdated: boolean }) | null;
  // The quality checks of the revision the caller sees (latest, else approved), in their language.
  checks: DescribedCheck[];
};

export type ApiReport = {
  slug: string;
  title: string;
  titles: Record<string, string>;
  date: string;
  outlet: string;
  originalLanguage: string;
  // the languages the report is translated into (its front matter's targetLanguages), the keys of translations
  targetLanguages: TargetLanguage[];
  paragraphs: { id: string; order: number; kind: string; text: string; hash: string }[];
  quotations: { id: string; paragraph: string; speaker: string | null; role: string | null; spokenLanguage: string | null; kind: string; closed: boolean }[];
  translations: Record<TargetLanguage, { includesUnreviewed: boolean; paragraphs: ApiTranslation[] }>;
};

const revisionInclude = { quoteOrigins: true } as const;

// The report as tools see it. Anonymous callers get approved texts only; translators,
// reviewers (of that language) and admins get the latest revision as well.
export async function getApiReport(db: Db, options: { slug: string; actor: Actor | null; locale: Locale }): Promise<ApiReport> {
  const report = await db.report.findUnique({
    where: { slug: options.slug },
    include: {
      titles: true,
      quotes: { orderBy: [{ paragraph: { position: "asc" } }, { position: "asc" }], include: { paragraph: { select: { key: true, archivedAt: true } } } },
      paragraphs: {
        where: { archivedAt: null },
        orderBy: { position: "asc" },
        include: {
          translations: {
            include: {
              approvedBy: { select: { name: true } },
              approvedRevision: { include: revisionInclude },
              revisions: { orderBy: { version: "desc" }, take: 1, include: revisionInclude },
            },
          },
        },
      },
    },
  });
  if (!report) throw new DomainError("not-found", `Unknown report ${options.slug}`, { what: "report" });

  const quotesOf = (paragraphKey: string) =>
    report.quotes.filter((quote) => quote.paragraph.key === paragraphKey).map((quote) => ({ key: quote.key, speakerName: quote.speakerName, isClosed: quote.isClosed }));
  const languages = reportTargetLanguages(report.targetLanguages);
  const contexts = await Promise.all(languages.map((language) => loadCheckContext(db, { reportId: report.id, language })));
  const translations = Object.fromEntries(
    await Promise.all(languages.map(async (language, index) => {
      const includesUnreviewed = canSeeUnreviewedText(options.actor, language);
      const paragraphs = await Promise.all(report.paragraphs.map(async (paragraph): Promise<ApiTranslation> => {
        const translation = paragraph.translations.find((candidate) => candidate.language === language);
        if (!translation) return { paragraph: paragraph.key, state: "missing", version: 0, latest: null, approved: null, checks: [] };
        const approvedRevision = translation.approvedRevision;
        const latest = translation.revisions[0];
        const isLatestApproved = latest !== undefined && latest.id === approvedRevision?.id;
        const shown = latest && (includesUnreviewed || isLatestApproved) ? latest : approvedRevision;
        const quotes = quotesOf(paragraph.key);
        const findings = shown ? checkParagraph(contexts[index], { ...paragraph, quotes }, shown) : [];
        return {
          paragraph: paragraph.key,
          state: translation.state,
          version: translation.version,
          latest: latest && (includesUnreviewed || isLatestApproved) ? revisionText(latest) : null,
          approved: approvedRevision
            ? {
                ...revisionText(approvedRevision),
                by: translation.approvedBy?.name ?? null,
                at: translation.approvedAt?.toISOString() ?? null,
                sourceHash: translation.approvedSourceHash,
                isOutdated: isApprovalOutdated(translation, paragraph.hash),
              }
            : null,
          checks: await describeChecks(findings, quotes, options.locale),
        };
      }));
      return [language, { includesUnreviewed, paragraphs }];
    })),
  ) as ApiReport["translations"];

  return {
    slug: report.slug,
    title: report.title,
    titles: Object.fromEntries(report.titles.filter((title) => languages.includes(title.language)).map((title) => [title.language, title.title])),
    date: report.date,
    outlet: report.outlet,
    originalLanguage: report.originalLanguage,
    targetLanguages: languages,
    paragraphs: report.paragraphs.map((paragraph) => ({
      id: paragraph.key,
      order: paragraph.position,
      kind: paragraph.kind,
      text: paragraph.text,
      hash: paragraph.hash,
    })),
    quotations: report.quotes
      .filter((quote) => !quote.paragraph.archivedAt)
      .map((quote) => ({
        id: quote.key,
        paragraph: quote.paragraph.key,
        speaker: quote.speakerName,
        role: quote.speakerRole,
        spokenLanguage: quote.spokenLanguage,
        kind: quote.kind,
        closed: quote.isClosed,
      })),
    translations,
  };
}

function revisionText(revision: { version: number; text: string; memoryShare: number | null; quoteOrigins: { quoteKey: string; note: string }[] }): RevisionText {
  return {
    version: revision.version,
    text: revision.text,
    memoryShare: revision.memoryShare,
    quotes: revision.quoteOrigins.map((origin) => ({ id: origin.quoteKey, ownWords: true as const, note: origin.note })),
  };
}
