"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent, type KeyboardEvent } from "react";
import { LocalTime } from "@/components/history/local-time";
import "@/components/history/history.css";

export type ThreadComment = { id: string; body: string; author: { name: string }; createdAt: Date | string };
export type PostResult = { ok: true } | { ok: false; message: string; problems: string[] };

type CommentThreadProps = {
  comments: ThreadComment[];
  // absent: the thread is read-only
  onPost?: (body: string) => Promise<PostResult>;
  headingLevel?: 2 | 3 | 4;
};

export const MAX_COMMENT_BODY = 2000;

// Comments on one paragraph in one language, oldest first, with who and when. Bodies are
// people's text: shown as text, line breaks kept.
export function CommentThread({ comments, onPost, headingLevel = 3 }: CommentThreadProps) {
  const t = useTranslations("Comments");
  const id = useId();
  const [body, setBody] = useState("");
  const [error, setError] = useState<{ message: string; problems: string[] } | null>(null);
  const [isPosting, setIsPosting] = useState(false);
  const Heading = `h${headingLevel}` as const;

  async function post(event?: FormEvent) {
    event?.preventDefault();
    if (!onPost || isPosting) return;
    if (body.trim() === "") return setError({ message: t("empty"), problems: [] });
    setIsPosting(true);
    const result = await onPost(body);
    setIsPosting(false);
    if (!result.ok) return setError({ message: result.message, problems: result.problems });
    setError(null);
    setBody("");
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
      event.preventDefault();
      void post();
    }
  }

  return (
    <section className="comments" aria-label={t("title")}>
      <Heading className="tools-heading">{t("title")}</Heading>
      {comments.length === 0 ? <p className="comments-empty">{t("none")}</p> : null}
      <ol className="comment-list">
        {comments.map((comment) => (
          <li key={comment.id} className="comment">
            <p className="comment-meta">
              <strong>{comment.author.name}</strong> · <LocalTime value={comment.createdAt} style="datetime" />
            </p>
            <p className="comment-body">{comment.body}</p>
          </li>
        ))}
      </ol>
      {onPost ? (
        <form className="comment-form" onSubmit={post} noValidate>
          <label htmlFor={`${id}-body`}>{t("label")}</label>
          <textarea
            id={`${id}-body`}
            value={body}
            rows={3}
            onChange={(event) => setBody(event.target.value)}
            onKeyDown={onKeyDown}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
            data-own-shortcuts=""
          />
          <p id={`${id}-hint`} className="ws-hint">
            {t("hint", { max: MAX_COMMENT_BODY })}
          </p>
          {error ? (
            <div id={`${id}-error`} role="alert" className="comment-error">
              <p>{error.message}</p>
              {error.problems.length > 0 ? (
                <ul>
                  {error.problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
          <button type="submit" disabled={isPosting}>
            {isPosting ? t("posting") : t("post")}
          </button>
        </form>
      ) : null}
    </section>
  );
}
