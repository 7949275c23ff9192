import { getTranslations } from "next-intl/server";
import type { QualityWarning } from "@/lib/checks";

export async function WarningsList({ warnings }: { warnings: readonly QualityWarning[] }) {
  const t = await getTranslations("Review");
  const tc = await getTranslations("Checks");
  return (
    <section className="review-block" aria-labelledby="review-warnings">
      <h3 id="review-warnings">{t("warningsHeading")}</h3>
      {warnings.length === 0 ? (
        <p className="review-meta">{t("warningsNone")}</p>
      ) : (
        <ul className="review-warnings" data-testid="review-warnings">
          {warnings.map((warning, index) => (
            <li key={index} data-warning={warning.code}>
              <span aria-hidden="true">⚠ </span>
              {tc(warning.code, { quote: warning.quote ?? "" })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
