import type { Locale } from "@/i18n/routing";
import type { Db } from "@/lib/db/client";
import type { TargetRef } from "@/lib/translations/find-target";
import { checkTranslation } from "./check-translation";
import { describeChecks, type DescribedCheck } from "./describe-checks";

// What every save answers (the API's PUT and the workspace's save alike): the server's checks of
// the revision now saved, in the caller's language. One function, so both answer the same.
export async function describeSavedChecks(db: Db, ref: TargetRef, locale: Locale): Promise<DescribedCheck[]> {
  const { findings, quotes } = await checkTranslation(db, ref);
  return describeChecks(findings, quotes, locale);
}
