import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { isBlank, plainTextProblems } from "@/lib/text/plain-text";
import { authorize, canApproveRevision, canReview, requireActor } from "@/lib/permissions";
import { findWritableTarget, type TargetRef } from "@/lib/translations/find-target";
import type { Actor } from "@/lib/users/actor";
import { asTranslationState, canTransition, nextState, type TranslationState } from "@/lib/workflow/states";
import { writeTransaction } from "@/lib/db/write-transaction";
import { recordApproval } from "@/lib/memory/record-approval";
import { findTextAuthors } from "./text-authors";
import { needsAcknowledgement } from "@/lib/checks";
import { loadCheckContext } from "@/lib/checks/load-check-context";
import { warningsFor } from "./warnings-for";

export const REVIEW_DECISIONS = ["approve", "request-changes", "keep-approval"] as const;
export type ReviewDecisionKind = (typeof REVIEW_DECISIONS)[number];

export const MAX_REVIEW_COMMENT_LENGTH = 2000;

export type DecideTranslationOptions = TargetRef & {
  actor: Actor | null;
  decision: ReviewDecisionKind;
  // The version the reviewer looked at: a decision about another text is refused.
  version: number;
  comment?: string;
  // Approving past quality warnings is deliberate: the reviewer says they saw them.
  acknowledgeWarnings?: boolean;
};

export type DecideTranslationResult = { version: number; state: TranslationState };

export async function decideTranslation(db: Db, options: DecideTranslationOptions): Promise<DecideTranslationResult> {
  requireActor(options.actor);
  return writeTransaction(db, async (tx) => {
    const { paragraph, language, translation } = await findWritableTarget(tx, options);
    const actor = authorize(options.actor, (who) => canReview(who, language), `review ${language} translations`);
    // A comment is plain text (lib/text/plain-text.ts); one of only invisible characters is none.
    const comment = options.comment && !isBlank(options.comment) ? options.comment.trim() : null;
    const commentProblems = comment ? plainTextProblems(comment, { isMultiline: true }) : [];
    if (commentProblems.length > 0) throw new DomainError("invalid", "The comment is not plain text", { problems: commentProblems });
    if (comment && comment.length > MAX_REVIEW_COMMENT_LENGTH) {
      throw new DomainError("invalid", "The comment is too long", { problems: [{ code: "too-long", max: MAX_REVIEW_COMMENT_LENGTH }] });
    }
    if (options.decision !== "approve" && !comment) {
      throw new DomainError("invalid", "Say why in a comment", { problems: [{ code: "comment-required" }] });
    }

    const revision = translation.version
      ? await tx.revision.findUnique({ where: { translationId_version: { translationId: translation.id, version: translation.version } } })
      : null;
    // Both refusals carry what is there now, so the reviewer sees the text they would decide on.
    const current = { currentVersion: translation.version, currentText: revision?.text ?? "", currentState: translation.state };
    if (options.version !== translation.version) {
      throw new DomainError("conflict", "The translation changed since you opened it", current);
    }
    const from = asTranslationState(translation.state);
    const action = options.decision;
    if (!canTransition(from, action)) {
      throw new DomainError("invalid-transition", `Cannot ${action} a translation that is ${from}`, { state: from, ...current });
    }
    // Keeping an approval re-approves the same revision against a new wording: four eyes too.
    const isApproval = action === "approve" || action === "keep-approval";
    if (isApproval && revision) {
      const textAuthorIds = (await findTextAuthors(tx, [translation])).get(translation.id) ?? [];
      if (!canApproveRevision(actor, { language, textAuthorIds })) {
        throw new DomainError("forbidden", "You wrote some of this text since the last approval", { reason: "own-revision" });
      }
    }

    // The warnings are computed here, from the text decided on, not taken from the client.
    const found = action === "approve" && revision ? warningsFor(await loadCheckContext(tx, { reportId: paragraph.reportId, language }), paragraph, revision) : [];
    const warnings = found.filter(needsAcknowledgement);
    if (warnings.length > 0 && !options.acknowledgeWarnings) {
      throw new DomainError("invalid", "Approving past warnings needs them acknowledged", {
        problems: [{ code: "warnings-unacknowledged" }],
        warnings,
      });
    }
    let to = nextState(from, action);
    let approval = {};
    if (action === "approve" && revision) {
      // Approving a text made against an earlier wording keeps it marked outdated.
      if (revision.sourceHash !== paragraph.hash) to = "outdated";
      approval = { approvedRevisionId: revision.id, approvedSourceHash: revision.sourceHash, approvedById: actor.id, approvedAt: new Date() };
    }
    if (action === "keep-approval") approval = { approvedSourceHash: paragraph.hash };

    // The guard makes a concurrent decision or save lose cleanly instead of deciding twice.
    const claimed = await tx.translation.updateMany({
      where: { id: translation.id, version: translation.version, state: from },
      data: { state: to, ...approval },
    });
    if (claimed.count !== 1) {
      // Another decision or a save committed since this transaction read the row: refused
      // with what is there now, read again (PostgreSQL's guard waited for that commit).
      const now = await tx.translation.findUniqueOrThrow({ where: { id: translation.id } });
      const latest = now.version
        ? await tx.revision.findUnique({ where: { translationId_version: { translationId: now.id, version: now.version } } })
        : null;
      throw new DomainError("conflict", "Someone changed this translation at the same time", {
        currentVersion: now.version,
        currentText: latest?.text ?? "",
        currentState: now.state,
      });
    }
    await tx.reviewDecision.create({
      data: {
        translationId: translation.id,
        revisionId: revision?.id ?? null,
        version: translation.version,
        decision: action,
        comment,
        acknowledgedWarnings: warnings.length > 0 ? JSON.stringify(warnings.map(({ id, quote }) => ({ id, quote }))) : null,
        sourceHash: paragraph.hash,
        reviewerId: actor.id,
      },
    });
    await tx.workflowEvent.create({
      data: { translationId: translation.id, actorId: actor.id, action, fromState: from, toState: to, version: translation.version, comment },
    });
    if (isApproval && revision) {
      const wordingHash = action === "approve" ? revision.sourceHash : paragraph.hash;
      await recordApproval(tx, { revision, paragraph, wordingHash, targetLanguage: language, reportSlug: options.slug, approvedById: actor.id, approvedAt: new Date() });
    }
    return { version: translation.version, state: to };
  });
}
