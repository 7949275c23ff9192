import type { CheckFinding } from "@/lib/checks";
import type { ReportChecks } from "@/lib/checks/load-check-context";
import { canApproveRevision } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";
import { parseOverrides, type CheckOverride } from "@/lib/checks/overrides";
import { warningsFor } from "./warnings-for";

export type ReviewState = "in-review" | "outdated";

export type ReviewQuote = {
  key: string;
  kind: "speech" | "term";
  speakerName: string | null;
  speakerRole: string | null;
  spokenLanguage: string | null;
  isClosed: boolean;
};

export type ReviewRevision = {
  version: number;
  text: string;
  sourceHash: string;
  author: { id: string; name: string };
  createdAt: Date;
  ownWords: Record<string, string>;
  translatorNote: string | null; // shown to readers with the text once approved: reviewed with it
  memoryShare: number | null; // came unchanged from the translation memory (Revision.memoryShare)
};

export type ReviewItem = {
  key: string;
  number: number; // the paragraph's row in the reader, from 1
  kind: "paragraph" | "heading";
  state: ReviewState;
  version: number; // the version a decision names
  source: { text: string; hash: string; quotes: ReviewQuote[] };
  submitted: ReviewRevision | null; // the revision a decision is about
  approved: { version: number; text: string; translatorNote: string | null; by: string | null; at: Date | null } | null;
  // The wording the approval (or the submitted revision) was made against, when it is not the current one.
  earlierSource: { text: string; basis: "approval" | "revision" } | null;
  warnings: CheckFinding[];
  // the error checks the translator overrode, with their reasons (Revision.checkOverrides)
  overrides: CheckOverride[];
  waitingSince: Date; // when it entered the queue: the submission, or the source change
  // The last decision was to send an earlier version back: what it said, and that version's text.
  sentBack: { version: number; text: string; note: string | null; comment: string | null; by: string; at: Date } | null;
  wasReviewedBefore: boolean; // some decision was made on this translation before
  approval: { isAllowed: true } | { isAllowed: false; reason: "own-revision" | "no-revision" };
};

export type ParagraphForReview = {
  key: string;
  kind: string;
  text: string;
  hash: string;
  quotes: { key: string; kind: string; speakerName: string | null; speakerRole: string | null; spokenLanguage: string | null; isClosed: boolean }[];
  versions: { hash: string; text: string }[];
};

export type TranslationForReview = {
  state: string;
  version: number;
  approvedSourceHash: string | null;
  approvedAt: Date | null;
  approvedBy: { name: string } | null;
  approvedRevision: { version: number; text: string; translatorNote: string | null } | null;
  updatedAt: Date;
  // the latest decision only, newest first (lib/reviews/get-review-queue.ts)
  decisions: { decision: string; version: number; comment: string | null; createdAt: Date; reviewer: { name: string }; revision: { version: number; text: string; translatorNote: string | null } | null }[];
  revisions: { version: number; text: string; sourceHash: string; checkOverrides: string | null; memoryShare: number | null; translatorNote: string | null; createdAt: Date; author: { id: string; name: string }; quoteOrigins: { quoteKey: string; note: string }[] }[];
  // who wrote any of the text since the last approval (lib/reviews/text-authors.ts)
  textAuthorIds: readonly string[];
};

// What a reviewer needs to decide on one paragraph: both texts, what changed, what to check.
export function toReviewItem(
  paragraph: ParagraphForReview,
  translation: TranslationForReview & { state: ReviewState },
  number: number,
  context: { actor: Actor; language: string; checks: ReportChecks },
): ReviewItem {
  const latest = translation.revisions.find((revision) => revision.version === translation.version);
  const submitted: ReviewRevision | null = latest
    ? {
        version: latest.version,
        text: latest.text,
        sourceHash: latest.sourceHash,
        author: latest.author,
        createdAt: latest.createdAt,
        ownWords: Object.fromEntries(latest.quoteOrigins.map((origin) => [origin.quoteKey, origin.note])),
        translatorNote: latest.translatorNote,
        memoryShare: latest.memoryShare,
      }
    : null;
  const source = {
    text: paragraph.text,
    hash: paragraph.hash,
    quotes: paragraph.quotes.map((quote) => ({ ...quote, kind: quote.kind === "term" ? ("term" as const) : ("speech" as const) })),
  };
  const wording = (hash: string | null | undefined) => paragraph.versions.find((version) => version.hash === hash)?.text;
  const earlierHash = translation.state === "outdated" ? translation.approvedSourceHash : submitted?.sourceHash;
  const earlierText = earlierHash && earlierHash !== paragraph.hash ? wording(earlierHash) : undefined;
  const basis = translation.state === "outdated" ? ("approval" as const) : ("revision" as const);
  return {
    key: paragraph.key,
    number,
    kind: paragraph.kind === "heading" ? "heading" : "paragraph",
    state: translation.state,
    version: translation.version,
    source,
    submitted,
    approved: translation.approvedRevision
      ? { ...translation.approvedRevision, by: translation.approvedBy?.name ?? null, at: translation.approvedAt }
      : null,
    earlierSource: earlierText !== undefined ? { text: earlierText, basis } : null,
    warnings: submitted ? warningsFor(context.checks, { ...source, key: paragraph.key }, submitted) : [],
    overrides: parseOverrides(latest?.checkOverrides ?? null),
    waitingSince: translation.updatedAt,
    sentBack: sentBackFrom(translation.decisions[0], translation.version),
    wasReviewedBefore: translation.decisions.length > 0,
    approval: approvalFor(context, submitted, translation.textAuthorIds),
  };
}

function sentBackFrom(decision: TranslationForReview["decisions"][number] | undefined, version: number): ReviewItem["sentBack"] {
  if (!decision || decision.decision !== "request-changes" || !decision.revision || decision.version >= version) return null;
  return { version: decision.revision.version, text: decision.revision.text, note: decision.revision.translatorNote, comment: decision.comment, by: decision.reviewer.name, at: decision.createdAt };
}

function approvalFor(context: { actor: Actor; language: string }, submitted: ReviewRevision | null, textAuthorIds: readonly string[]): ReviewItem["approval"] {
  if (!submitted) return { isAllowed: false, reason: "no-revision" };
  if (!canApproveRevision(context.actor, { language: context.language, textAuthorIds })) {
    return { isAllowed: false, reason: "own-revision" };
  }
  return { isAllowed: true };
}
