import { createTranslator } from "next-intl";
import type { Locale } from "@/i18n/routing";
import type messages from "@/messages/en.json";
import { severityOf } from "./index";
import { checkMessageArgs } from "./message-args";
import type { CheckFinding, CheckId, Severity } from "./types";

// A finding as the API gives it: the check's id and severity, a message in the caller's
// language, and the quotation's id when it is about one.
export type DescribedCheck = { id: CheckId; severity: Severity; message: string; quote?: string };

// next-intl's plain translator, not getTranslations: the report API builds these in the domain,
// outside a page's request config (and in the unit tests).
export async function describeChecks(
  findings: readonly CheckFinding[],
  quotes: readonly { key: string; speakerName: string | null }[],
  locale: Locale,
): Promise<DescribedCheck[]> {
  if (findings.length === 0) return [];
  const loaded = (await import(`../../messages/${locale}.json`)) as { default: typeof messages };
  const t = createTranslator({ locale, messages: loaded.default, namespace: "Checks" });
  return findings.map((finding) => ({
    id: finding.id,
    severity: severityOf(finding.id),
    message: t(finding.id, checkMessageArgs(finding, quotes)),
    ...(finding.quote ? { quote: finding.quote } : {}),
  }));
}
