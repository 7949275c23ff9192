import type { Db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/write-transaction";
import { DomainError } from "@/lib/errors";
import { authorize, canManageGlossary, requireActor } from "@/lib/permissions";
import { plainTextProblems } from "@/lib/text/plain-text";
import type { Actor } from "@/lib/users/actor";
import { findEntry, guardVersion, refuseDuplicate } from "./entry-store";
import { ENTRY_INCLUDE, toEntryView, toInput, type GlossaryEntryView } from "./entry-view";
import { parsePair } from "./pairs";

export const GLOSSARY_DECISIONS = ["accept", "reject"] as const;
export type GlossaryDecision = (typeof GLOSSARY_DECISIONS)[number];
export const MAX_DECISION_COMMENT_LENGTH = 1000;

export type DecideGlossaryProposalOptions = {
  actor: Actor | null;
  pair: string;
  id: string;
  version: number;
  decision: GlossaryDecision;
  comment?: string | null;
};

// A reviewer of the target language (or an admin) accepts or rejects a proposed term. A
// rejected proposal is kept (who proposed it, who rejected it and why), never used.
export async function decideGlossaryProposal(db: Db, options: DecideGlossaryProposalOptions): Promise<GlossaryEntryView> {
  requireActor(options.actor);
  const pair = parsePair(options.pair);
  const actor = authorize(options.actor, (who) => canManageGlossary(who, pair.targetLanguage), `decide on ${options.pair} glossary proposals`);
  const comment = options.comment?.trim() || null;
  if (comment !== null) checkComment(comment);
  return writeTransaction(db, async (tx) => {
    const entry = await findEntry(tx, pair, options.id);
    if (entry.status !== "proposed") throw new DomainError("invalid-transition", "Not a pending proposal", { state: entry.status, what: "glossary-proposal" });
    await guardVersion(tx, entry, options.version);
    // An accepted term must not duplicate one accepted since it was proposed.
    if (options.decision === "accept") await refuseDuplicate(tx, pair, toInput(entry), entry.id);
    const row = await tx.glossaryEntry.update({
      where: { id: entry.id },
      data: {
        status: options.decision === "accept" ? "accepted" : "rejected",
        decidedById: actor.id,
        decidedAt: new Date(),
        decisionComment: comment,
      },
      include: ENTRY_INCLUDE,
    });
    return toEntryView(row);
  });
}

function checkComment(comment: string): void {
  const problems: Record<string, unknown>[] = plainTextProblems(comment, { isMultiline: true }).map((problem) => ({ ...problem, field: "comment" }));
  if (comment.length > MAX_DECISION_COMMENT_LENGTH) problems.push({ code: "too-long", max: MAX_DECISION_COMMENT_LENGTH, length: comment.length });
  if (problems.length > 0) throw new DomainError("invalid", "The comment is not valid", { problems });
}
