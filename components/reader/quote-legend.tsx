import { getTranslations } from "next-intl/server";

// Explains the markers that follow every quotation (words and symbols, not colour).
export async function QuoteLegend({ sourceLanguageName, sourceShort }: { sourceLanguageName: string; sourceShort: string }) {
  const t = await getTranslations("Quote");
  return (
    <section className="quote-legend" aria-labelledby="quote-legend-heading">
      <h2 id="quote-legend-heading">{t("legendHeading")}</h2>
      <p>{t("legendIntro")}</p>
      <dl>
        <div>
          <dt>
            <q className="quote quote-original">…</q>
            <sup className="quote-mark">{t("mark.asPublished")}</sup>
          </dt>
          <dd>{t("legendAsPublished")}</dd>
        </div>
        <div>
          <dt>
            <q className="quote quote-original">…</q>
            <sup className="quote-mark">{t("mark.ownWords")}</sup>
          </dt>
          <dd>{t("legendOwnWords")}</dd>
        </div>
        <div>
          <dt>
            <q className="quote quote-translated">…</q>
            <sup className="quote-mark">{t("mark.translated", { language: sourceShort })}</sup>
          </dt>
          <dd>{t("legendTranslated", { language: sourceLanguageName })}</dd>
        </div>
      </dl>
    </section>
  );
}
