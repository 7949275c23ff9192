import { getTranslations } from "next-intl/server";
import { wordDiff } from "@/lib/diff/word-diff";
import { parseInlineMarkup, plainText } from "@/lib/quotes/inline-markup";
import type { ReviewItem } from "@/lib/reviews/review-item";
import { ReviewText } from "./review-text";
import { WordDiffView } from "./word-diff-view";
import { languageNames } from "@/components/text/language-names";

const plain = (text: string) => plainText(parseInlineMarkup(text).segments);

// The original as it is now, its quotations, and what changed since the translation's wording.
export async function SourceSection({ item, sourceLanguage }: { item: ReviewItem; sourceLanguage: string }) {
  const t = await getTranslations("Review");
  const tl = languageNames(await getTranslations("Languages"));
  const language = (code: string | null) => (code === null ? code : tl(code));
  return (
    <section className="review-block" aria-labelledby="review-source">
      <h3 id="review-source">{t("source", { language: tl(sourceLanguage as "fr") })}</h3>
      <p className="review-passage" lang={sourceLanguage} data-testid="review-source">
        <ReviewText text={item.source.text} />
      </p>
      {item.source.quotes.length > 0 ? (
        <>
          <h4>{t("quotesHeading")}</h4>
          <ul className="review-quotes">
            {item.source.quotes.map((quote, index) => (
              <li key={quote.key} data-quote-key={quote.key}>
                {t("quoteNumber", { number: index + 1 })}:{" "}
                {quote.speakerName ? (
                  <span lang={sourceLanguage}>{t("quoteSpeaker", { name: quote.speakerName, role: quote.speakerRole ?? "" })}</span>
                ) : (
                  t("quoteSpeakerNotStated")
                )}
                {" · "}
                {quote.kind === "term"
                  ? t("quoteTerm")
                  : quote.spokenLanguage
                    ? t("quoteSpoken", { language: language(quote.spokenLanguage) ?? "" })
                    : t("quoteSpokenNotStated")}
                {quote.isClosed ? null : ` · ${t("quoteUnclosed")}`}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {item.earlierSource ? (
        <div className="review-source-change">
          <h4>{t("sourceChangeHeading")}</h4>
          <p>{item.earlierSource.basis === "approval" ? t("sourceChangeApproval") : t("sourceChangeRevision")}</p>
          <p className="review-passage" lang={sourceLanguage} data-testid="review-source-diff">
            <WordDiffView
              parts={wordDiff(plain(item.earlierSource.text), plain(item.source.text))}
              labels={{ added: t("diffAdded"), removed: t("diffRemoved") }}
            />
          </p>
        </div>
      ) : null}
    </section>
  );
}
