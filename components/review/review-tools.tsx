"use client";

import { CommentThread, type PostResult, type ThreadComment } from "@/components/comments/comment-thread";
import { HistoryPanel } from "@/components/history/history-panel";
import { useRouter } from "@/i18n/navigation";
import type { ActionResult } from "@/lib/http/server-action";
import type { ParagraphHistory } from "@/lib/translations/get-paragraph-history";

type Target = { locale: string; slug: string; paragraphKey: string; language: string };

type ReviewToolsProps = {
  history: ParagraphHistory;
  comments: ThreadComment[];
  target: Target;
  addComment: (input: Target & { body: string }) => Promise<ActionResult<{ id: string }>>;
};

// The same history (with its word diff between any two revisions) and comment thread as in
// the translators' workspace, without restore: reviewers do not edit.
export function ReviewTools({ history, comments, target, addComment }: ReviewToolsProps) {
  const router = useRouter();
  const post = async (body: string): Promise<PostResult> => {
    const result = await addComment({ ...target, body });
    if (!result.ok) return { ok: false, message: result.message, problems: result.problems };
    router.refresh();
    return { ok: true };
  };
  return (
    <div className="review-tools">
      <HistoryPanel history={history} language={target.language} />
      <CommentThread comments={comments} onPost={post} />
    </div>
  );
}
