import type { ParagraphComment } from "@/lib/comments/list-comments";
import type { ActionResult } from "@/lib/http/server-action";
import type { ParagraphHistory } from "@/lib/translations/get-paragraph-history";
import type { SaveTranslationResult } from "@/lib/translations/save-translation";
import type { SubmitTranslationResult } from "@/lib/translations/submit-translation";
import type { EditorPart } from "@/lib/workspace/editor-parts";

export type ParagraphTarget = { locale: string; slug: string; language: string; paragraphKey: string };

// The server actions the workspace calls, handed down by its page (components do not
// import routes).
export type WorkspaceServerActions = {
  saveParagraph: (input: ParagraphTarget & { parts: EditorPart[]; baseVersion: number }) => Promise<ActionResult<SaveTranslationResult>>;
  submitParagraph: (input: ParagraphTarget & { version: number }) => Promise<ActionResult<SubmitTranslationResult>>;
  restoreParagraphRevision: (input: ParagraphTarget & { version: number; baseVersion: number }) => Promise<ActionResult<SaveTranslationResult>>;
  loadParagraphHistory: (input: ParagraphTarget) => Promise<ActionResult<ParagraphHistory>>;
  loadParagraphComments: (input: ParagraphTarget) => Promise<ActionResult<ParagraphComment[]>>;
  postParagraphComment: (input: ParagraphTarget & { body: string }) => Promise<ActionResult<{ id: string; createdAt: Date }>>;
};
