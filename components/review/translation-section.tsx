import { getFormatter, getTranslations } from "next-intl/server";
import { hasChanges, wordDiff } from "@/lib/diff/word-diff";
import { parseInlineMarkup, plainText } from "@/lib/quotes/inline-markup";
import type { ReviewItem } from "@/lib/reviews/review-item";
import { quoteLabelArgs } from "./quote-label";
import { ReviewNote } from "./review-note";
import { ReviewText } from "./review-text";
import { SentBack } from "./sent-back";
import { WordDiffView } from "./word-diff-view";

const plain = (text: string) => plainText(parseInlineMarkup(text).segments);

// The text a decision is about, and how it differs from what readers see now.
export async function TranslationSection({ item, language }: { item: ReviewItem; language: string }) {
  const t = await getTranslations("Review");
  const format = await getFormatter();
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  const { submitted, approved } = item;
  if (!submitted) return <p>{t("noRevision")}</p>;
  const isApprovedText = item.state === "outdated" && approved?.version === submitted.version;
  const diff = approved && !isApprovedText ? wordDiff(plain(approved.text), plain(submitted.text)) : null;
  const ownWords = Object.entries(submitted.ownWords);
  return (
    <section className="review-block" aria-labelledby="review-translation">
      <h3 id="review-translation">
        {isApprovedText ? t("outdatedHeading", { version: submitted.version }) : t("submittedHeading", { version: submitted.version })}
      </h3>
      <p className="review-meta">
        {t("byline", { name: submitted.author.name, date: date(submitted.createdAt) })}
        {isApprovedText && approved?.by && approved.at ? ` · ${t("approvedBy", { name: approved.by, date: date(approved.at) })}` : null}
      </p>
      {submitted.memoryShare !== null ? (
        <p className="review-meta" data-testid="review-memory-share">{t("memoryShare", { percent: Math.round(submitted.memoryShare * 100) })}</p>
      ) : null}
      <p className="review-passage" lang={language} data-testid="review-submitted">
        <ReviewText text={submitted.text} />
      </p>
      {ownWords.length > 0 ? (
        <ul className="review-quotes">
          {ownWords.map(([key, note]) => (
            <li key={key}>
              {t("quoteNumber", { number: quoteLabelArgs(item.source.quotes, key).number })}: {t("quoteOwnWords", { note })}
            </li>
          ))}
        </ul>
      ) : null}
      <ReviewNote item={item} language={language} />
      {item.sentBack && !isApprovedText ? <SentBack sentBack={item.sentBack} submittedText={submitted.text} language={language} /> : null}
      {isApprovedText ? null : !approved || !diff ? (
        <p className="review-meta">{item.wasReviewedBefore ? t("diffNoApproval") : t("diffFirst")}</p>
      ) : (
        <div className="review-diff">
          <h4>{t("diffHeading", { version: approved.version })}</h4>
          {hasChanges(diff) ? (
            <>
              <p className="review-passage" lang={language} data-testid="review-diff">
                <WordDiffView parts={diff} labels={{ added: t("diffAdded"), removed: t("diffRemoved") }} />
              </p>
              <p className="review-meta">{t("diffLegend")}</p>
            </>
          ) : (
            <p>{t("diffNone")}</p>
          )}
        </div>
      )}
    </section>
  );
}
