import { isApprovalOutdated } from "@/lib/workflow/source-change";
import { asTranslationState, type TranslationState } from "@/lib/workflow/states";

// What a reader is told about one translation. It follows the approved text, not the work
// in progress: a paragraph with an approved text and a newer draft reads "approved" (the
// draft is offered apart), and an approval given against another wording of the source
// reads "outdated" whatever is under way.
export type ReaderStatus = TranslationState;

export type StatusInput = {
  state: string;
  approvedRevisionId: string | null;
  approvedSourceHash: string | null;
};

export function readerStatus(translation: StatusInput | undefined, sourceHash: string): ReaderStatus {
  if (!translation) return "missing";
  if (translation.approvedRevisionId) return isApprovalOutdated(translation, sourceHash) ? "outdated" : "approved";
  const state = asTranslationState(translation.state);
  // Without an approved text there is nothing approved or outdated to show.
  return state === "approved" || state === "outdated" ? "missing" : state;
}
