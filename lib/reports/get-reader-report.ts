import type { Db } from "@/lib/db/client";
import { SOURCE_LANGUAGE, reportTargetLanguages, type TargetLanguage } from "@/lib/languages";
import { canSeeUnreviewedText, unreviewedTextPolicy, type UnreviewedTextPolicy } from "@/lib/permissions";
import { asTranslationState, type TranslationState } from "@/lib/workflow/states";
import { readerStatus, type ReaderStatus } from "./reader-status";

export type { ReaderStatus };

export type ShownText = {
  text: string;
  version: number;
  // quotations the translator marked as the speaker's own words, with their note
  ownWords: Record<string, string>;
  // who wrote its words (the translator credited in the page's metadata)
  writtenBy: string;
  // the translator's note beside the paragraph, approved with the text; null: none
  note: string | null;
};

export type ReaderCell = {
  language: TargetLanguage;
  status: ReaderStatus;
  approved: (ShownText & { by: string; at: Date }) | null;
  // the latest revision when it is not the approved one: never shown as approved
  pending: (ShownText & { state: TranslationState }) | null;
  // for an outdated approval: the source wording it was approved against
  approvedSource: string | null;
};

export type ReaderRow = {
  key: string;
  kind: "paragraph" | "heading";
  source: string;
  cells: Record<TargetLanguage, ReaderCell>;
  // each change of the original's wording after it was first published, oldest first
  corrections: ReaderCorrection[];
};

export type ReaderCorrection = { at: Date; before: string; after: string };

export type ReaderQuote = {
  key: string;
  kind: "speech" | "term";
  paragraphKey: string;
  speakerKey: string | null;
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
  // the report's target languages (its front matter's targetLanguages), in the configured order
  languages: TargetLanguage[];
  rows: ReaderRow[];
  quotes: ReaderQuote[];
  // speaker key → name and role per target language (the translation files)
  speakers: Record<string, Partial<Record<TargetLanguage, { name: string; role: string }>>>;
};

const revisionSelect = {
  select: {
    text: true,
    version: true,
    translatorNote: true,
    textAuthor: { select: { name: true } },
    quoteOrigins: { select: { quoteKey: true, note: true } },
  },
} as const;

// Everything the public reader shows, in one read: the current source and, per language,
// the approved text (or the fact that there is none) and any unreviewed newer text, if the
// newsroom's rule lets anyone read it (lib/permissions.ts; the page is the same for everyone).
export async function getReaderReport(db: Db, slug: string, options: { policy?: UnreviewedTextPolicy } = {}): Promise<ReaderReport | null> {
  const policy = options.policy ?? unreviewedTextPolicy();
  const report = await db.report.findUnique({
    where: { slug },
    include: {
      titles: true,
      speakers: { orderBy: { speakerKey: "asc" } },
      quotes: { orderBy: [{ paragraph: { position: "asc" } }, { position: "asc" }], include: { paragraph: { select: { key: true } } } },
      paragraphs: {
        where: { archivedAt: null },
        orderBy: { position: "asc" },
        include: {
          versions: { select: { hash: true, text: true, syncedAt: true }, orderBy: { syncedAt: "asc" } },
          translations: {
            include: {
              approvedBy: { select: { name: true } },
              approvedRevision: revisionSelect,
              revisions: { orderBy: { version: "desc" }, take: 1, ...revisionSelect },
            },
          },
        },
      },
    },
  });
  if (!report) return null;

  const languages = reportTargetLanguages(report.targetLanguages);
  const rows = report.paragraphs.map((paragraph): ReaderRow => {
    const sourceAt = (hash: string | null) => paragraph.versions.find((version) => version.hash === hash)?.text ?? null;
    const cells = Object.fromEntries(
      languages.map((language) => {
        const translation = paragraph.translations.find((candidate) => candidate.language === language);
        return [language, toCell(language, translation, paragraph.hash, sourceAt, canSeeUnreviewedText(null, language, policy))];
      }),
    ) as Record<TargetLanguage, ReaderCell>;
    const corrections = paragraph.versions.slice(1).map((version, index) => ({ at: version.syncedAt, before: paragraph.versions[index].text, after: version.text }));
    return { key: paragraph.key, kind: paragraph.kind === "heading" ? "heading" : "paragraph", source: paragraph.text, cells, corrections };
  });

  return {
    slug: report.slug,
    title: report.title,
    titles: Object.fromEntries(report.titles.filter((title) => languages.includes(title.language)).map((title) => [title.language, title.title])),
    date: report.date,
    outlet: report.outlet,
    originalLanguage: report.originalLanguage ?? SOURCE_LANGUAGE,
    languages,
    rows,
    quotes: report.quotes.map((quote) => ({
      key: quote.key,
      kind: quote.kind === "term" ? "term" : "speech",
      paragraphKey: quote.paragraph.key,
      speakerKey: quote.speakerKey,
      speakerName: quote.speakerName,
      speakerRole: quote.speakerRole,
      spokenLanguage: quote.spokenLanguage,
      isClosed: quote.isClosed,
    })),
    speakers: speakersByKey(report.speakers, languages),
  };
}

function speakersByKey(rows: { speakerKey: string; language: string; name: string; role: string }[], languages: readonly TargetLanguage[]): ReaderReport["speakers"] {
  const speakers: ReaderReport["speakers"] = {};
  for (const { speakerKey, language, name, role } of rows) {
    if (!languages.includes(language)) continue;
    speakers[speakerKey] = { ...speakers[speakerKey], [language]: { name, role } };
  }
  return speakers;
}

type RevisionText = {
  text: string;
  version: number;
  translatorNote: string | null;
  textAuthor: { name: string };
  quoteOrigins: { quoteKey: string; note: string }[];
};

type TranslationWithTexts = {
  state: string;
  approvedRevisionId: string | null;
  approvedSourceHash: string | null;
  approvedAt: Date | null;
  approvedBy: { name: string } | null;
  approvedRevision: RevisionText | null;
  revisions: RevisionText[];
};

function shown(revision: RevisionText): ShownText {
  return {
    text: revision.text,
    version: revision.version,
    writtenBy: revision.textAuthor.name,
    note: revision.translatorNote,
    ownWords: Object.fromEntries(revision.quoteOrigins.map((origin) => [origin.quoteKey, origin.note])),
  };
}

function toCell(
  language: TargetLanguage,
  translation: TranslationWithTexts | undefined,
  sourceHash: string,
  sourceAt: (hash: string | null) => string | null,
  showsUnreviewed: boolean,
): ReaderCell {
  const status = readerStatus(translation, sourceHash);
  if (!translation) return { language, status, approved: null, pending: null, approvedSource: null };
  const approved = translation.approvedRevision
    ? { ...shown(translation.approvedRevision), by: translation.approvedBy?.name ?? "", at: translation.approvedAt ?? new Date(0) }
    : null;
  const latest = translation.revisions[0];
  const pending =
    showsUnreviewed && latest && latest.version !== approved?.version ? { ...shown(latest), state: asTranslationState(translation.state) } : null;
  const approvedSource = status === "outdated" ? sourceAt(translation.approvedSourceHash) : null;
  return { language, status, approved, pending, approvedSource };
}
