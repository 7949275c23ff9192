import { getFormatter, getTranslations } from "next-intl/server";
import { hasChanges, wordDiff } from "@/lib/diff/word-diff";
import { parseInlineMarkup, plainText } from "@/lib/quotes/inline-markup";
import type { ReviewItem } from "@/lib/reviews/review-item";
import { WordDiffView } from "./word-diff-view";

const plain = (text: string) => plainText(parseInlineMarkup(text).segments);

type SentBackProps = { sentBack: NonNullable<ReviewItem["sentBack"]>; submittedText: string; language: string };

// A resubmission: what the reviewer asked for, and what the translator changed since.
export async function SentBack({ sentBack, submittedText, language }: SentBackProps) {
  const t = await getTranslations("Review");
  const format = await getFormatter();
  const diff = wordDiff(plain(sentBack.text), plain(submittedText));
  return (
    <div className="review-diff review-sent-back" data-testid="review-sent-back">
      <h4>{t("sentBackHeading", { version: sentBack.version })}</h4>
      <p className="review-meta">
        {t("sentBackBy", { name: sentBack.by, version: sentBack.version, date: format.dateTime(sentBack.at, { dateStyle: "medium", timeStyle: "short" }) })}
      </p>
      <blockquote className="review-sent-back-comment" data-testid="review-sent-back-comment">
        {sentBack.comment ?? t("sentBackNoComment")}
      </blockquote>
      {hasChanges(diff) ? (
        <p className="review-passage" lang={language} data-testid="review-diff-sent-back">
          <WordDiffView parts={diff} labels={{ added: t("diffAdded"), removed: t("diffRemoved") }} />
        </p>
      ) : (
        <p>{t("sentBackSame")}</p>
      )}
    </div>
  );
}
