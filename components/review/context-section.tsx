import { getTranslations } from "next-intl/server";
import type { ReviewContext, ContextParagraph } from "@/lib/reviews/get-review-context";
import { ReviewText } from "./review-text";
import { languageNames } from "@/components/text/language-names";

type ContextProps = { context: ReviewContext; language: string; sourceLanguage: string };

// The paragraphs before and after, for the sense that runs across them, and the other target
// language's approved text (the pivot), marked as our translation, not the source.
export async function ContextSection({ context, language, sourceLanguage }: ContextProps) {
  const t = await getTranslations("Review");
  const tl = languageNames(await getTranslations("Languages"));
  const ts = await getTranslations("Status");
  const neighbour = (paragraph: ContextParagraph, heading: string, testId: string) => (
    <div className="review-context-paragraph" data-testid={testId} data-paragraph-key={paragraph.key}>
      <h4>{heading}</h4>
      <p className="review-passage" lang={sourceLanguage}>
        <ReviewText text={paragraph.source} />
      </p>
      {paragraph.translation ? (
        <>
          {paragraph.translation.isApproved ? null : (
            <p className="review-meta">{t("contextUnapproved", { state: ts(paragraph.translation.state as "draft") })}</p>
          )}
          <p className="review-passage" lang={language}>
            <ReviewText text={paragraph.translation.text} />
          </p>
        </>
      ) : (
        <p className="review-meta">{t("contextNoTranslation")}</p>
      )}
    </div>
  );
  const { pivot } = context;
  return (
    <section className="review-block review-context" aria-labelledby="review-context">
      <h3 id="review-context">{t("contextHeading")}</h3>
      {pivot ? (
        <div className="review-context-pivot" data-testid="review-pivot">
          <h4>{t("pivotHeading", { language: tl(pivot.language) })}</h4>
          {pivot.text !== null ? (
            <>
              <p className="review-meta">{t("pivotNote")}</p>
              <p className="review-passage" lang={pivot.language}>
                <ReviewText text={pivot.text} />
              </p>
            </>
          ) : (
            <p className="review-meta">{t("pivotNone", { language: tl(pivot.language) })}</p>
          )}
        </div>
      ) : null}
      {context.previous ? neighbour(context.previous, t("contextPrevious", { number: context.previous.number }), "review-context-previous") : null}
      {context.next ? neighbour(context.next, t("contextNext", { number: context.next.number }), "review-context-next") : null}
    </section>
  );
}
