import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { severityOf } from "./index";
import { checkMessageArgs } from "./message-args";
import type { CheckFinding, CheckId, Severity } from "./types";

// A finding as the API gives it: the check's id and severity, a message in the caller's
// language, and the quotation's id when it is about one.
export type DescribedCheck = { id: CheckId; severity: Severity; message: string; quote?: string };

export async function describeChecks(
  findings: readonly CheckFinding[],
  quotes: readonly { key: string; speakerName: string | null }[],
  locale: Locale,
): Promise<DescribedCheck[]> {
  const t = await getTranslations({ locale, namespace: "Checks" });
  return findings.map((finding) => ({
    id: finding.id,
    severity: severityOf(finding.id),
    message: t(finding.id, checkMessageArgs(finding, quotes)),
    ...(finding.quote ? { quote: finding.quote } : {}),
  }));
}
