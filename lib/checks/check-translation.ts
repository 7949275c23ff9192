import type { Db } from "@/lib/db/client";
import { findTranslationTarget, type TargetRef } from "@/lib/translations/find-target";
import { checkParagraph } from "./check-paragraph";
import { loadCheckContext } from "./load-check-context";
import type { CheckFinding } from "./types";

export type TranslationChecks = { findings: CheckFinding[]; quotes: { key: string; speakerName: string | null }[] };

// The server's checks of a paragraph's latest revision, as a save answers them (the PUT and the
// workspace's save). Read after the save committed: checking never holds up the write.
export async function checkTranslation(db: Db, ref: TargetRef): Promise<TranslationChecks> {
  const { paragraph, language, translation } = await findTranslationTarget(db, ref);
  const quotes = paragraph.quotes.map((quote) => ({ key: quote.key, speakerName: quote.speakerName }));
  if (!translation?.version) return { findings: [], quotes };
  // raw SQL, as every read on the save's path (lib/translations/find-target.ts)
  const [revision] = await db.$queryRaw<{ text: string; sourceHash: string }[]>`
    SELECT "text", "sourceHash" FROM "Revision" WHERE "translationId" = ${translation.id} AND "version" = ${translation.version}`;
  if (!revision) return { findings: [], quotes };
  const checks = await loadCheckContext(db, { reportId: paragraph.reportId, language });
  return { findings: checkParagraph(checks, paragraph, revision), quotes };
}
