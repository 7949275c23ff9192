import type { Db } from "@/lib/db/client";
import type { SavedRevision } from "@/lib/translations/save-translation";
import { findTranslationTarget, type TargetRef } from "@/lib/translations/find-target";
import { checkParagraph } from "./check-paragraph";
import { loadCheckContext } from "./load-check-context";
import type { CheckFinding } from "./types";

export type TranslationChecks = { findings: CheckFinding[]; quotes: { key: string; speakerName: string | null }[] };

// The server's checks of a paragraph's latest revision (a dismissal answers them). Read after
// the change committed: checking never holds up the write.
export async function checkTranslation(db: Db, ref: TargetRef): Promise<TranslationChecks> {
  const { paragraph, language, translation, latest } = await findTranslationTarget(db, ref);
  if (!translation?.version || !latest) return { findings: [], quotes: quotesOf(paragraph) };
  return checkSavedRevision(db, { paragraph, language, revision: latest });
}

// The checks of the revision a save just made or kept (saveTranslation's `saved`), with what the
// save read and wrote: only the report's context is read, after the commit.
export async function checkSavedRevision(db: Db, saved: SavedRevision): Promise<TranslationChecks> {
  const checks = await loadCheckContext(db, { reportId: saved.paragraph.reportId, language: saved.language });
  return { findings: checkParagraph(checks, saved.paragraph, saved.revision), quotes: quotesOf(saved.paragraph) };
}

function quotesOf(paragraph: { quotes: readonly { key: string; speakerName: string | null }[] }) {
  return paragraph.quotes.map((quote) => ({ key: quote.key, speakerName: quote.speakerName }));
}
