import { listComments, type ParagraphComment } from "@/lib/comments/list-comments";
import type { Db } from "@/lib/db/client";
import { getParagraphHistory, type ParagraphHistory } from "@/lib/translations/get-paragraph-history";
import type { Actor } from "@/lib/users/actor";
import { getReviewContext, type ReviewContext } from "./get-review-context";
import { getReviewQueue, type ReviewQueue } from "./get-review-queue";
import type { ReviewItem } from "./review-item";

export type ReviewPage = ReviewQueue & {
  // One paragraph at a time: the one asked for, else the first awaiting review.
  current: ReviewItem | null;
  previousKey: string | null;
  nextKey: string | null;
  isRequestedGone: boolean; // the paragraph asked for is no longer awaiting a decision
  history: ParagraphHistory | null;
  comments: ParagraphComment[];
  context: ReviewContext | null;
};

export async function getReviewPage(
  db: Db,
  options: { slug: string; language: string; actor: Actor | null; paragraphKey?: string },
): Promise<ReviewPage> {
  const queue = await getReviewQueue(db, options);
  const asked = options.paragraphKey ? queue.items.findIndex((item) => item.key === options.paragraphKey) : -1;
  const index = asked === -1 ? 0 : asked;
  const current = queue.items[index] ?? null;
  const page = {
    ...queue,
    current,
    previousKey: queue.items[index - 1]?.key ?? null,
    nextKey: queue.items[index + 1]?.key ?? null,
    isRequestedGone: Boolean(options.paragraphKey) && asked === -1,
  };
  if (!current) return { ...page, history: null, comments: [], context: null };
  const ref = { slug: options.slug, paragraphKey: current.key, language: queue.language, actor: options.actor };
  // One after the other: each is its own SQLite transaction.
  const history = await getParagraphHistory(db, ref);
  const comments = await listComments(db, ref);
  const context = await getReviewContext(db, { slug: options.slug, language: queue.language, paragraphKey: current.key });
  return { ...page, history, comments, context };
}
