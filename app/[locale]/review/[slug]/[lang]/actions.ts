"use server";

import { z } from "zod";
import { dismissCheck } from "@/lib/checks/dismiss-check";
import { addComment } from "@/lib/comments/add-comment";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/http/server-action";
import { revalidateReader } from "@/lib/reports/revalidate-reader";
import { decideTranslation, REVIEW_DECISIONS } from "@/lib/reviews/decide-translation";

const target = {
  locale: z.string(),
  slug: z.string().min(1).max(200),
  paragraphKey: z.string().min(1).max(200),
  language: z.string().min(1).max(10),
};

// Lengths are the domain's to judge (with a translated message); this only caps the payload.
const decideSchema = z.object({
  ...target,
  decision: z.enum(REVIEW_DECISIONS),
  version: z.number().int().min(0),
  comment: z.string().max(20_000).optional(),
  acknowledgeWarnings: z.boolean().optional(),
});

export async function decideAction(input: z.input<typeof decideSchema>) {
  return runAction(decideSchema, input, async (actor, decision) => {
    const result = await decideTranslation(db, { ...decision, actor });
    // Readers see the decision at once: the cached reader pages are rebuilt on their next visit.
    revalidateReader(decision.slug);
    return result;
  });
}

const commentSchema = z.object({ ...target, body: z.string().max(20_000) });

export async function addCommentAction(input: z.input<typeof commentSchema>) {
  return runAction(commentSchema, input, async (actor, comment) => {
    const { id } = await addComment(db, { ...comment, actor });
    return { id };
  });
}

const dismissSchema = z.object({ ...target, check: z.string().min(1).max(100), quote: z.string().max(200), reason: z.string().max(5_000) });

export async function dismissCheckAction(input: z.input<typeof dismissSchema>) {
  return runAction(dismissSchema, input, (actor, dismissal) => dismissCheck(db, { ...dismissal, actor }));
}
