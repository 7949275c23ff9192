"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { CommentThread, type PostResult } from "@/components/comments/comment-thread";
import { HistoryPanel } from "@/components/history/history-panel";
import type { ParagraphComment } from "@/lib/comments/list-comments";
import type { ParagraphHistory } from "@/lib/translations/get-paragraph-history";
import { sameContent } from "@/lib/workspace/editor-parts";
import type { WorkspaceRow } from "@/lib/workspace/workspace-row";
import { useWorkspace } from "./workspace-context";
import { MemoryPanel } from "./memory-panel";
import { savedParts, workOf } from "@/lib/workspace/page-state";

// Beside the open paragraph: its history (with diffs and restore) and its comments,
// fetched when it opens and again whenever its translation changes.
export function ParagraphTools({ row }: { row: WorkspaceRow }) {
  const t = useTranslations("Workspace");
  const { data, state, locale, serverActions, restore } = useWorkspace();
  const [history, setHistory] = useState<ParagraphHistory | null>(null);
  const [comments, setComments] = useState<ParagraphComment[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const router = useRouter();
  const saved = state.saved[row.key];
  const work = workOf(state, row.key);
  const target = { locale, slug: data.report.slug, language: data.language, paragraphKey: row.key };
  const targetKey = JSON.stringify(target);

  const [commentsStamp, setCommentsStamp] = useState(0);
  useEffect(() => {
    let isCurrent = true;
    void serverActions.loadParagraphHistory(JSON.parse(targetKey)).then((result) => {
      if (!isCurrent) return;
      if (result.ok) setHistory(result.data);
      else setFailure(result.message);
    });
    return () => {
      isCurrent = false;
    };
  }, [serverActions, targetKey, saved.version, saved.state]);

  useEffect(() => {
    let isCurrent = true;
    void serverActions.loadParagraphComments(JSON.parse(targetKey)).then((result) => {
      if (!isCurrent) return;
      if (result.ok) setComments(result.data);
      else setFailure(result.message);
    });
    return () => {
      isCurrent = false;
    };
  }, [serverActions, targetKey, commentsStamp]);

  const post = async (body: string): Promise<PostResult> => {
    const result = await serverActions.postParagraphComment({ ...target, body });
    if (!result.ok) return { ok: false, message: result.message, problems: result.problems };
    setCommentsStamp((stamp) => stamp + 1);
    router.refresh(); // the row's comment count
    return { ok: true };
  };

  const isDirty = work.parts !== null && !sameContent(work.parts, savedParts(row, saved));
  const restoreBlocked = isDirty ? t("restoreBlockedDirty") : work.isBusy ? t("restoreBlockedBusy") : null;

  return (
    <section className="ws-tools" aria-label={t("toolsLabel", { number: row.number })} lang={locale} tabIndex={-1} data-tools={row.key}>
      {failure ? <p role="alert">{failure}</p> : null}
      <MemoryPanel row={row} />
      {history ? (
        <HistoryPanel
          history={history}
          language={data.language}
          onRestore={
            data.viewer.canEdit
              ? (version) => {
                  const revision = history.revisions.find((candidate) => candidate.version === version);
                  if (revision) void restore(row.key, revision);
                }
              : undefined
          }
          restoreBlockedReason={restoreBlocked}
        />
      ) : (
        <p className="ws-loading">{t("loadingHistory")}</p>
      )}
      {comments ? <CommentThread comments={comments} onPost={post} /> : <p className="ws-loading">{t("loadingComments")}</p>}
    </section>
  );
}
