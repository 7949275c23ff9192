import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { MarkerWords } from "@/components/text/provenance-words";
import { QuoteBadge } from "@/components/text/quote-marker";

type QuoteLegendProps = {
  // the kinds of marker the page carries, each once, worded as in the text
  present: MarkerWords[];
  outlet: string;
  sourceLanguage: string;
  // the original's own typography, kept as published: an example of it, if it has one
  example: string | null;
  // the paragraph whose quotation the original never closes, if any
  unclosedParagraph: number | null;
};

// Explains the markers that follow the quotations on this page (words and symbols, not
// colour), with the badges themselves as samples, and why the original's odd typography is kept.
export async function QuoteLegend({ present, outlet, sourceLanguage, example, unclosedParagraph }: QuoteLegendProps) {
  const t = await getTranslations("Quote");
  const source = (chunks: ReactNode) => <span lang={sourceLanguage}>{chunks}</span>;
  return (
    <section className="quote-legend" aria-labelledby="quote-legend-heading">
      <h2 id="quote-legend-heading">{t("legendHeading")}</h2>
      <p>{t("legendIntro")}</p>
      <dl>
        {present.map((words) => (
          <div key={`${words.kind}:${words.mark}`} data-legend-kind={words.kind}>
            <dt>
              <span className="quote-mark" data-kind={words.kind}>
                <QuoteBadge words={words} as="span" />
              </span>
            </dt>
            <dd>{words.meaning}</dd>
          </div>
        ))}
      </dl>
      <p className="legend-keys">{t("legendKeys")}</p>
      {example || unclosedParagraph !== null ? (
        <details className="faithful-note">
          <summary>{t("oddities.summary")}</summary>
          <p>
            {example ? t.rich("oddities.typography", { outlet, example, source }) : null}
            {example && unclosedParagraph !== null ? " " : null}
            {unclosedParagraph !== null ? t("oddities.unclosed", { number: unclosedParagraph }) : null} {t("oddities.notErrors")}
          </p>
        </details>
      ) : null}
    </section>
  );
}
