import type { Db } from "@/lib/db/client";
import { authorize, canWorkOn, requireActor } from "@/lib/permissions";
import { findTranslationTarget, type TargetRef } from "@/lib/translations/find-target";
import type { Actor } from "@/lib/users/actor";

export type ParagraphComment = { id: string; body: string; author: { id: string; name: string }; createdAt: Date };

export async function listComments(db: Db, options: TargetRef & { actor: Actor | null }): Promise<ParagraphComment[]> {
  requireActor(options.actor);
  return db.$transaction(async (tx) => {
    const { paragraph, language } = await findTranslationTarget(tx, options);
    authorize(options.actor, (who) => canWorkOn(who, language), `read ${language} comments`);
    const comments = await tx.comment.findMany({
      where: { paragraphId: paragraph.id, language },
      orderBy: { createdAt: "asc" },
      include: { author: { select: { id: true, name: true } } },
    });
    return comments.map(({ id, body, author, createdAt }) => ({ id, body, author, createdAt }));
  });
}
