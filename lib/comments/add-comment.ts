import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { authorize, canWorkOn, requireActor } from "@/lib/permissions";
import { findTranslationTarget, type TargetRef } from "@/lib/translations/find-target";
import type { Actor } from "@/lib/users/actor";
import { writeTransaction } from "@/lib/db/write-transaction";
import { isBlank, plainTextProblems } from "@/lib/text/plain-text";

export const MAX_COMMENT_LENGTH = 2000;

export type AddCommentOptions = TargetRef & { actor: Actor | null; body: string };

// Comments belong to a paragraph in one language; its translators and reviewers see them.
export async function addComment(db: Db, options: AddCommentOptions): Promise<{ id: string; createdAt: Date }> {
  requireActor(options.actor);
  return writeTransaction(db, async (tx) => {
    const { paragraph, language } = await findTranslationTarget(tx, options);
    const actor = authorize(options.actor, (who) => canWorkOn(who, language), `comment on ${language} translations`);
    const body = options.body.trim();
    const textProblems = plainTextProblems(body, { isMultiline: true });
    if (textProblems.length > 0) throw new DomainError("invalid", "The comment is not plain text", { problems: textProblems });
    if (isBlank(body)) throw new DomainError("invalid", "Empty comment", { problems: [{ code: "empty" }] });
    if (body.length > MAX_COMMENT_LENGTH) {
      throw new DomainError("invalid", "Comment too long", { problems: [{ code: "too-long", max: MAX_COMMENT_LENGTH, length: body.length }] });
    }
    const comment = await tx.comment.create({ data: { paragraphId: paragraph.id, language, authorId: actor.id, body } });
    return { id: comment.id, createdAt: comment.createdAt };
  });
}
