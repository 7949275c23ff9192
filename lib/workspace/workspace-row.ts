import type { PendingRequest } from "./pending-requests";
import { asTranslationState, type TranslationState } from "@/lib/workflow/states";

export type WorkspaceQuote = {
  key: string;
  kind: "speech" | "term";
  speakerName: string | null;
  speakerRole: string | null;
  spokenLanguage: string | null;
  isClosed: boolean;
};

export type LastDecision = { action: string; by: string | null; at: Date; comment: string | null; version: number };

export type WorkspaceRow = {
  key: string;
  kind: "paragraph" | "heading";
  number: number;
  source: string;
  sourceHash: string;
  quotes: WorkspaceQuote[];
  state: TranslationState;
  version: number;
  text: string | null; // the latest revision, never rendered as HTML
  ownWords: Record<string, string>;
  note: string | null; // the latest revision's translator's note
  savedBy: string | null;
  savedAt: Date | null;
  lastDecision: LastDecision | null;
  // the reviewer's request for changes not yet answered by a submission
  pendingRequest: PendingRequest | null;
  // the source wording the translation was made (or approved) against, and today's
  sourceChange: { before: string; after: string } | null;
  commentCount: number;
  // when the translation last changed (save, submission, decision): the page keeps
  // whichever of two answers about a paragraph is newer
  stamp: number;
};

type ParagraphWithWork = {
  key: string;
  kind: string;
  text: string;
  hash: string;
  quotes: { key: string; kind: string; speakerName: string | null; speakerRole: string | null; spokenLanguage: string | null; isClosed: boolean }[];
  versions: { hash: string; text: string }[];
  _count: { comments: number };
  translations: {
    state: string;
    version: number;
    updatedAt: Date;
    approvedSourceHash: string | null;
    revisions: { text: string; sourceHash: string; createdAt: Date; translatorNote: string | null; author: { name: string }; quoteOrigins: { quoteKey: string; note: string }[] }[];
    events: { action: string; comment: string | null; createdAt: Date; version: number; actor: { name: string } | null }[];
  }[];
};

export function toWorkspaceRow(paragraph: ParagraphWithWork, number: number, pendingRequest: PendingRequest | null): WorkspaceRow {
  const translation = paragraph.translations[0];
  const latest = translation?.revisions[0];
  const decision = translation?.events[0];
  const state: TranslationState = translation ? asTranslationState(translation.state) : "missing";
  return {
    key: paragraph.key,
    kind: paragraph.kind === "heading" ? "heading" : "paragraph",
    number,
    source: paragraph.text,
    sourceHash: paragraph.hash,
    quotes: paragraph.quotes.map((quote) => ({
      key: quote.key,
      kind: quote.kind === "term" ? "term" : "speech",
      speakerName: quote.speakerName,
      speakerRole: quote.speakerRole,
      spokenLanguage: quote.spokenLanguage,
      isClosed: quote.isClosed,
    })),
    state,
    version: translation?.version ?? 0,
    text: latest?.text ?? null,
    ownWords: Object.fromEntries((latest?.quoteOrigins ?? []).map(({ quoteKey, note }) => [quoteKey, note])),
    note: latest?.translatorNote ?? null,
    savedBy: latest?.author.name ?? null,
    savedAt: latest?.createdAt ?? null,
    lastDecision: decision ? { action: decision.action, by: decision.actor?.name ?? null, at: decision.createdAt, comment: decision.comment, version: decision.version } : null,
    pendingRequest,
    sourceChange: sourceChange(paragraph, state, translation?.approvedSourceHash ?? null, latest?.sourceHash ?? null),
    commentCount: paragraph._count.comments,
    stamp: translation?.updatedAt.getTime() ?? 0,
  };
}

// An outdated translation is compared with the wording it was approved against; any other
// with the wording its latest revision was made against.
function sourceChange(paragraph: ParagraphWithWork, state: TranslationState, approvedHash: string | null, revisionHash: string | null) {
  const madeAgainst = state === "outdated" ? approvedHash : revisionHash;
  if (!madeAgainst || madeAgainst === paragraph.hash) return null;
  const before = paragraph.versions.find((version) => version.hash === madeAgainst);
  return before ? { before: before.text, after: paragraph.text } : null;
}
