import type { ParagraphComment } from "@/lib/comments/list-comments";
import type { DescribedCheck } from "@/lib/checks/describe-checks";
import type { OverrideInput } from "@/lib/checks/overrides";
import type { ActionResult } from "@/lib/http/server-action";
import type { ParagraphHistory } from "@/lib/translations/get-paragraph-history";
import type { SaveTranslationResult } from "@/lib/translations/save-translation";
import type { SubmitTranslationResult } from "@/lib/translations/submit-translation";
import type { EditorPart } from "@/lib/workspace/editor-parts";

// Changes answer when they were made (`at`, ms), to be compared with WorkspaceRow.stamp.
type Stamped<T> = T & { at: number };

export type ParagraphTarget = { locale: string; slug: string; language: string; paragraphKey: string };

// A save's result less what its checks read on the server (`saved`), which the actions keep.
type SavedAnswer = Omit<SaveTranslationResult, "saved">;

// The server actions the workspace calls, handed down by its page (components do not
// import routes).
export type WorkspaceServerActions = {
  // a save answers the server's checks of what it saved, as the API's PUT does
  saveParagraph: (
    input: ParagraphTarget & { parts: EditorPart[]; baseVersion: number; memoryInserted?: string[]; translatorNote?: string },
  ) => Promise<ActionResult<Stamped<SavedAnswer & { checks: DescribedCheck[] }>>>;
  submitParagraph: (input: ParagraphTarget & { version: number; overrides?: OverrideInput[] }) => Promise<ActionResult<Stamped<SubmitTranslationResult>>>;
  restoreParagraphRevision: (input: ParagraphTarget & { version: number; baseVersion: number }) => Promise<ActionResult<Stamped<SavedAnswer>>>;
  loadParagraphHistory: (input: ParagraphTarget) => Promise<ActionResult<ParagraphHistory>>;
  loadParagraphComments: (input: ParagraphTarget) => Promise<ActionResult<ParagraphComment[]>>;
  postParagraphComment: (input: ParagraphTarget & { body: string }) => Promise<ActionResult<{ id: string; createdAt: Date }>>;
};
