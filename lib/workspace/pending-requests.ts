import type { Db } from "@/lib/db/client";

export type PendingRequest = { by: string | null; at: Date; comment: string | null; version: number };

type TranslationWithRequest = {
  id: string;
  decisions: { createdAt: Date; comment: string | null; version: number; reviewer: { name: string } }[];
};

// A reviewer's request for changes stays in front of the translator until they submit
// again: saves do not settle it, a submission does. Keyed by translation id.
export async function findPendingRequests(db: Db, translations: TranslationWithRequest[]): Promise<Map<string, PendingRequest>> {
  const requested = translations.filter((translation) => translation.decisions.length > 0);
  if (requested.length === 0) return new Map();
  const submissions = await db.workflowEvent.groupBy({
    by: ["translationId"],
    where: { translationId: { in: requested.map((translation) => translation.id) }, action: "submit" },
    _max: { createdAt: true },
  });
  const lastSubmitted = new Map(submissions.map((row) => [row.translationId, row._max.createdAt?.getTime() ?? 0]));
  const pending = new Map<string, PendingRequest>();
  for (const translation of requested) {
    const request = translation.decisions[0];
    if (request.createdAt.getTime() <= (lastSubmitted.get(translation.id) ?? 0)) continue;
    pending.set(translation.id, { by: request.reviewer.name, at: request.createdAt, comment: request.comment, version: request.version });
  }
  return pending;
}
