import type { Db } from "@/lib/db/client";
import { SOURCE_LANGUAGE, TARGET_LANGUAGES, type TargetLanguage } from "@/lib/languages";
import { isApprovalOutdated } from "@/lib/workflow/source-change";
import { asTranslationState, type TranslationState } from "@/lib/workflow/states";

export type ReaderStatus = Exclude<TranslationState, never>;

export type ShownText = {
  text: string;
  version: number;
  // quotations the translator marked as the speaker's own words, with their note
  ownWords: Record<string, string>;
};

export type ReaderCell = {
  language: TargetLanguage;
  status: ReaderStatus;
  approved: (ShownText & { by: string; at: Date }) | null;
  // the latest revision when it is not the approved one: never shown as approved
  pending: (ShownText & { state: TranslationState }) | null;
};

export type ReaderRow = {
  key: string;
  kind: "paragraph" | "heading";
  source: string;
  cells: Record<TargetLanguage, ReaderCell>;
};

export type ReaderQuote = {
  key: string;
  kind: "speech" | "term";
  paragraphKey: string;
  speakerName: string | null;
  speakerRole: string | null;
  spokenLanguage: string | null;
  isClosed: boolean;
};

export type ReaderReport = {
  slug: string;
  title: string;
  titles: Partial<Record<TargetLanguage, string>>;
  date: string;
  outlet: string;
  originalLanguage: string;
  rows: ReaderRow[];
  quotes: ReaderQuote[];
};

// Everything the public reader shows, in one read: the current source and, per language,
// the approved text (or the fact that there is none) and any unreviewed newer text.
export async function getReaderReport(db: Db, slug: string): Promise<ReaderReport | null> {
  const report = await db.report.findUnique({
    where: { slug },
    include: {
      titles: true,
      quotes: { orderBy: [{ paragraph: { position: "asc" } }, { position: "asc" }], include: { paragraph: { select: { key: true } } } },
      paragraphs: {
        where: { archivedAt: null },
        orderBy: { position: "asc" },
        include: {
          translations: {
            include: {
              approvedBy: { select: { name: true } },
              approvedRevision: { include: { quoteOrigins: true } },
              revisions: { orderBy: { version: "desc" }, take: 1, include: { quoteOrigins: true } },
            },
          },
        },
      },
    },
  });
  if (!report) return null;

  const rows = report.paragraphs.map((paragraph): ReaderRow => {
    const cells = Object.fromEntries(
      TARGET_LANGUAGES.map((language) => {
        const translation = paragraph.translations.find((candidate) => candidate.language === language);
        return [language, toCell(language, translation, paragraph.hash)];
      }),
    ) as Record<TargetLanguage, ReaderCell>;
    return { key: paragraph.key, kind: paragraph.kind === "heading" ? "heading" : "paragraph", source: paragraph.text, cells };
  });

  return {
    slug: report.slug,
    title: report.title,
    titles: Object.fromEntries(report.titles.map((title) => [title.language, title.title])),
    date: report.date,
    outlet: report.outlet,
    originalLanguage: report.originalLanguage ?? SOURCE_LANGUAGE,
    rows,
    quotes: report.quotes.map((quote) => ({
      key: quote.key,
      kind: quote.kind === "term" ? "term" : "speech",
      paragraphKey: quote.paragraph.key,
      speakerName: quote.speakerName,
      speakerRole: quote.speakerRole,
      spokenLanguage: quote.spokenLanguage,
      isClosed: quote.isClosed,
    })),
  };
}

type TranslationWithTexts = {
  state: string;
  version: number;
  approvedRevisionId: string | null;
  approvedSourceHash: string | null;
  approvedAt: Date | null;
  approvedBy: { name: string } | null;
  approvedRevision: { text: string; version: number; quoteOrigins: { quoteKey: string; note: string }[] } | null;
  revisions: { text: string; version: number; quoteOrigins: { quoteKey: string; note: string }[] }[];
};

function toCell(language: TargetLanguage, translation: TranslationWithTexts | undefined, sourceHash: string): ReaderCell {
  if (!translation) return { language, status: "missing", approved: null, pending: null };
  const state = asTranslationState(translation.state);
  const shown = (revision: { text: string; version: number; quoteOrigins: { quoteKey: string; note: string }[] }): ShownText => ({
    text: revision.text,
    version: revision.version,
    ownWords: Object.fromEntries(revision.quoteOrigins.map((origin) => [origin.quoteKey, origin.note])),
  });
  const approved = translation.approvedRevision
    ? { ...shown(translation.approvedRevision), by: translation.approvedBy?.name ?? "", at: translation.approvedAt ?? new Date(0) }
    : null;
  const latest = translation.revisions[0];
  const pending = latest && latest.version !== approved?.version ? { ...shown(latest), state } : null;

  let status: ReaderStatus = state;
  if (approved) status = isApprovalOutdated(translation, sourceHash) ? "outdated" : "approved";
  return { language, status, approved, pending };
}
