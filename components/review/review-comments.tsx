import { getFormatter, getTranslations } from "next-intl/server";
import type { ParagraphComment } from "@/lib/comments/list-comments";
import type { ComponentProps } from "react";
import { CommentForm } from "./comment-form";

type ReviewCommentsProps = {
  comments: readonly ParagraphComment[];
  target: ComponentProps<typeof CommentForm>["target"];
  addComment: ComponentProps<typeof CommentForm>["addComment"];
};

// The paragraph's comments in this language, shared with its translators.
export async function ReviewComments({ comments, target, addComment }: ReviewCommentsProps) {
  const t = await getTranslations("Review");
  const format = await getFormatter();
  return (
    <section className="review-block" aria-labelledby="review-comments">
      <h3 id="review-comments">{t("commentsHeading")}</h3>
      {comments.length === 0 ? <p className="review-meta">{t("commentsNone")}</p> : null}
      <ol className="review-events" data-testid="review-comments">
        {comments.map((comment) => (
          <li key={comment.id}>
            <span className="review-meta">
              {comment.author.name}, {format.dateTime(comment.createdAt, { dateStyle: "medium", timeStyle: "short" })}
            </span>
            <p className="review-comment-body">{comment.body}</p>
          </li>
        ))}
      </ol>
      <CommentForm
        target={target}
        addComment={addComment}
        labels={{ label: t("commentLabel"), post: t("commentPost"), sending: t("sending"), empty: t("commentEmpty"), posted: t("commentPosted") }}
      />
    </section>
  );
}
