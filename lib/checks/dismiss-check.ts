import type { Db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/write-transaction";
import { DomainError } from "@/lib/errors";
import { authorize, canDismissCheck, requireActor } from "@/lib/permissions";
import { findWritableTarget, type TargetRef } from "@/lib/translations/find-target";
import { isBlank, plainTextProblems } from "@/lib/text/plain-text";
import type { Actor } from "@/lib/users/actor";
import { severityOf } from "./index";
import { MAX_OVERRIDE_REASON_LENGTH } from "./overrides";
import { isCheckId } from "./types";

export type DismissCheckOptions = TargetRef & { actor: Actor | null; check: string; quote?: string; reason: string };

// A reviewer marks a warning as a false positive on one paragraph (and language), with a reason:
// it stops showing there, in the workspace, the review page and the API. Errors cannot be
// dismissed: the translator overrides them at submission, which the reviewer sees.
export async function dismissCheck(db: Db, options: DismissCheckOptions): Promise<{ id: string }> {
  requireActor(options.actor);
  return writeTransaction(db, async (tx) => {
    const { language, translation } = await findWritableTarget(tx, options);
    const actor = authorize(options.actor, (who) => canDismissCheck(who, language), `dismiss ${language} checks`);
    if (!isCheckId(options.check)) {
      throw new DomainError("invalid", "No such check", { problems: [{ code: "unknown-check", detail: options.check }] });
    }
    if (severityOf(options.check) !== "warning") {
      throw new DomainError("invalid", "Only a warning can be dismissed", { problems: [{ code: "dismiss-error", detail: options.check }] });
    }
    const reason = options.reason.trim();
    if (isBlank(reason) || reason.length > MAX_OVERRIDE_REASON_LENGTH || plainTextProblems(reason, { isMultiline: true }).length > 0) {
      throw new DomainError("invalid", "Say why it is a false positive", { problems: [{ code: "override-reason", detail: options.check, max: MAX_OVERRIDE_REASON_LENGTH }] });
    }
    const key = { translationId: translation.id, checkId: options.check, quoteKey: options.quote ?? "" };
    const dismissal = await tx.checkDismissal.upsert({
      where: { translationId_checkId_quoteKey: key },
      create: { ...key, reason, reviewerId: actor.id },
      update: { reason, reviewerId: actor.id, createdAt: new Date() },
      select: { id: true },
    });
    return dismissal;
  });
}
