import type { Locale } from "@/i18n/routing";
import type { Db } from "@/lib/db/client";
import type { TargetRef } from "@/lib/translations/find-target";
import type { SavedRevision } from "@/lib/translations/save-translation";
import { checkSavedRevision, checkTranslation } from "./check-translation";
import { describeChecks, type DescribedCheck } from "./describe-checks";

// What every save answers (the API's PUT and the workspace's save alike): the server's checks of
// the revision the save made or kept (saveTranslation's `saved`), in the caller's language. One
// function, so both answer the same.
export async function describeSavedChecks(db: Db, saved: SavedRevision, locale: Locale): Promise<DescribedCheck[]> {
  const { findings, quotes } = await checkSavedRevision(db, saved);
  return describeChecks(findings, quotes, locale);
}

// The same for the paragraph's latest revision as it is now (after a reviewer's dismissal).
export async function describeLatestChecks(db: Db, ref: TargetRef, locale: Locale): Promise<DescribedCheck[]> {
  const { findings, quotes } = await checkTranslation(db, ref);
  return describeChecks(findings, quotes, locale);
}
