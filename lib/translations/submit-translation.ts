import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { authorize, canEditTranslation, requireActor } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";
import { asTranslationState, canTransition, nextState, type TranslationState } from "@/lib/workflow/states";
import { findTranslationTarget, type TargetRef } from "./find-target";
import { writeTransaction } from "@/lib/db/write-transaction";

export type SubmitTranslationOptions = TargetRef & {
  actor: Actor | null;
  // The version the translator is looking at; when given, a newer save refuses the submission.
  version?: number;
};

export type SubmitTranslationResult = { version: number; state: TranslationState };

export async function submitTranslation(db: Db, options: SubmitTranslationOptions): Promise<SubmitTranslationResult> {
  requireActor(options.actor);
  return writeTransaction(db, async (tx) => {
    const { language, translation } = await findTranslationTarget(tx, options);
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
    await tx.translation.update({ where: { id: translation.id }, data: { state: to } });
    await tx.workflowEvent.create({
      data: { translationId: translation.id, actorId: actor.id, action: "submit", fromState: from, toState: to, version: translation.version },
    });
    return { version: translation.version, state: to };
  });
}
