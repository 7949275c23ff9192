import { getTranslations } from "next-intl/server";
import type { TargetLanguage } from "@/lib/languages";
import type { ReaderStatus } from "@/lib/reports/reader-status";
import { languageNames } from "@/components/text/language-names";

// Order of the bar's segments and of the counts after the sentence.
const SHOWN: ReaderStatus[] = ["approved", "outdated", "in-review", "changes-requested", "draft", "missing"];

// How much of one language version readers can trust, as the reader counts it. The bar is
// decoration; the sentence says it all.
export async function ReportProgress({ language, counts, total }: { language: TargetLanguage; counts: Record<ReaderStatus, number>; total: number }) {
  const t = await getTranslations("Home");
  const tl = languageNames(await getTranslations("Languages"));
  const others = SHOWN.filter((state) => state !== "approved" && counts[state] > 0);
  return (
    <div className="progress" data-language={language}>
      <p>
        <strong>{t("progress", { language: tl(language), approved: counts.approved, total })}</strong>
        {others.length > 0 ? ` · ${others.map((state) => t(`counts.${state}`, { count: counts[state] })).join(" · ")}` : null}
      </p>
      <div className="progress-bar" aria-hidden="true">
        {SHOWN.map((state) =>
          counts[state] > 0 ? <span key={state} className={`segment segment-${state}`} style={{ flexGrow: counts[state] }} /> : null,
        )}
      </div>
    </div>
  );
}
