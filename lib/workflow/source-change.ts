import type { TranslationState, WorkflowAction } from "./states";

export type SourceChange = { action: Extract<WorkflowAction, "source-changed" | "source-restored">; to: TranslationState };

// An approval holds for the source wording it was given against (approvedSourceHash).
// When the wording changes, an approved translation becomes outdated; if the wording
// comes back to the approved one, the approval holds again.
export function stateAfterSourceChange(
  translation: { state: TranslationState; approvedSourceHash: string | null },
  currentHash: string,
): SourceChange | null {
  if (translation.state === "approved" && translation.approvedSourceHash !== currentHash) {
    return { action: "source-changed", to: "outdated" };
  }
  if (translation.state === "outdated" && translation.approvedSourceHash === currentHash) {
    return { action: "source-restored", to: "approved" };
  }
  return null;
}

// What a reader is shown: the approved text counts as outdated whenever it was approved
// against another wording, whatever work is under way on a newer revision.
export function isApprovalOutdated(
  translation: { approvedRevisionId: string | null; approvedSourceHash: string | null },
  currentHash: string,
): boolean {
  return translation.approvedRevisionId !== null && translation.approvedSourceHash !== currentHash;
}
