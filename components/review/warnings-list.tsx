import { getTranslations } from "next-intl/server";
import type { QualityWarning } from "@/lib/checks";
import type { ReviewQuote } from "@/lib/reviews/review-item";
import { quoteLabelArgs } from "./quote-label";

type WarningsProps = { warnings: readonly QualityWarning[]; quotes: readonly ReviewQuote[] };

// Each warning in words; a quotation is named by its number and speaker (quote-label.ts).
export async function WarningTexts({ warnings, quotes }: WarningsProps) {
  const tc = await getTranslations("Checks");
  return warnings.map((warning, index) => (
    <li key={index} data-warning={warning.code}>
      <span aria-hidden="true">⚠ </span>
      {tc(warning.code, quoteLabelArgs(quotes, warning.quote))}
    </li>
  ));
}

export async function WarningsList({ warnings, quotes }: WarningsProps) {
  const t = await getTranslations("Review");
  return (
    <section className="review-block" aria-labelledby="review-warnings">
      <h3 id="review-warnings">{t("warningsHeading")}</h3>
      {warnings.length === 0 ? (
        <p className="review-meta">{t("warningsNone")}</p>
      ) : (
        <ul className="review-warnings" data-testid="review-warnings">
          <WarningTexts warnings={warnings} quotes={quotes} />
        </ul>
      )}
    </section>
  );
}
