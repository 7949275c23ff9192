import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { authorize, canEditTranslation, requireActor } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";
import { asTranslationState, canTransition, nextState, type TranslationState } from "@/lib/workflow/states";
import { findWritableTarget, type TargetRef } from "./find-target";
import { writeTransaction } from "@/lib/db/write-transaction";
import type { OverrideInput } from "@/lib/checks/overrides";
import { gateSubmission } from "@/lib/checks/submit-gate";

export type SubmitTranslationOptions = TargetRef & {
  actor: Actor | null;
  // The version the translator is looking at; when given, a newer save refuses the submission.
  version?: number;
  // error checks overridden with a reason (lib/checks/submit-gate.ts)
  overrides?: OverrideInput[];
};

export type SubmitTranslationResult = { version: number; state: TranslationState };

export async function submitTranslation(db: Db, options: SubmitTranslationOptions): Promise<SubmitTranslationResult> {
  requireActor(options.actor);
  return writeTransaction(db, async (tx) => {
    const { paragraph, language, translation } = await findWritableTarget(tx, options);
    const actor = authorize(options.actor, (who) => canEditTranslation(who, language), `submit ${language} translations`);
    if (options.version !== undefined && options.version !== translation.version) {
      throw new DomainError("conflict", "The paragraph changed since you opened it", { currentVersion: translation.version });
    }
    const from = asTranslationState(translation.state);
    if (translation.version === 0) throw new DomainError("invalid-transition", "Save a translation before submitting it", { state: from });
    if (from === "in-review") return { version: translation.version, state: from };
    if (!canTransition(from, "submit")) {
      throw new DomainError("invalid-transition", `A translation that is ${from} cannot be submitted`, { state: from });
    }
    const to = nextState(from, "submit");
    const gate = await gateSubmission(tx, { paragraph, language, translation, overrides: options.overrides ?? [] });
    // The guard refuses to submit a version the translator did not see, if a save committed meanwhile.
    const claimed = await tx.translation.updateMany({ where: { id: translation.id, version: translation.version, state: from }, data: { state: to } });
    if (claimed.count !== 1) {
      const now = await tx.translation.findUniqueOrThrow({ where: { id: translation.id } });
      throw new DomainError("conflict", "The paragraph changed since you opened it", { currentVersion: now.version });
    }
    await tx.workflowEvent.create({
      data: { translationId: translation.id, actorId: actor.id, action: "submit", fromState: from, toState: to, version: translation.version, comment: gate.auditComment },
    });
    if (options.overrides?.length) {
      await tx.revision.update({ where: { translationId_version: { translationId: translation.id, version: translation.version } }, data: { checkOverrides: gate.stored } });
    }
    return { version: translation.version, state: to };
  });
}
