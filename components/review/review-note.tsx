import { getTranslations } from "next-intl/server";
import { hasChanges, wordDiff } from "@/lib/diff/word-diff";
import type { ReviewItem } from "@/lib/reviews/review-item";
import { WordDiffView } from "./word-diff-view";

// The translator's note readers will see beside the paragraph: approving the text approves it
// too, so it is shown with the text, and against the version the reviewer last saw (the one
// sent back, else the approved one) when it changed.
export async function ReviewNote({ item, language }: { item: ReviewItem; language: string }) {
  const t = await getTranslations("Review");
  const note = item.submitted?.translatorNote ?? null;
  const seen = item.sentBack ? { version: item.sentBack.version, note: item.sentBack.note } : item.approved ? { version: item.approved.version, note: item.approved.translatorNote } : null;
  const before = seen?.note ?? "";
  const diff = seen && before !== (note ?? "") ? wordDiff(before, note ?? "") : null;
  if (!note && !diff) return null;
  return (
    <div className="review-note" data-testid="review-note">
      <h4>{t("noteHeading")}</h4>
      <p className="review-meta">{t("noteHelp")}</p>
      {note ? (
        <p className="review-passage" lang={language} data-testid="review-note-text">
          {note}
        </p>
      ) : (
        <p>{t("noteRemoved")}</p>
      )}
      {diff && seen && hasChanges(diff) ? (
        <div data-testid="review-note-diff">
          <p className="review-meta">{before ? t("noteChanged", { version: seen.version }) : t("noteNew", { version: seen.version })}</p>
          {before ? (
            <p className="review-passage" lang={language}>
              <WordDiffView parts={diff} labels={{ added: t("diffAdded"), removed: t("diffRemoved") }} />
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
