import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { requireActor } from "@/lib/permissions";
import type { TargetRef } from "@/lib/translations/find-target";
import { saveTranslation, type SaveTranslationResult } from "@/lib/translations/save-translation";
import type { Actor } from "@/lib/users/actor";
import { isMarkupTyped } from "./editor-checks";
import { editorPartsToMarkup, type EditorPart } from "./editor-parts";

// `translatorNote`: the note field's text (empty removes the note), saved with the text as one revision
export type SaveFromEditorOptions = TargetRef & {
  actor: Actor | null;
  parts: EditorPart[];
  baseVersion: number;
  memoryInserted?: string[];
  translatorNote?: string;
};

// A save from the workspace editor: its fields are plain text, so anything typed in them
// that looks like markup is refused (the quotation fields are the only structure), then
// it is an ordinary save with every rule of saveTranslation.
export async function saveFromEditor(db: Db, options: SaveFromEditorOptions): Promise<SaveTranslationResult> {
  requireActor(options.actor);
  const typed = options.parts.flatMap((part, field) =>
    isMarkupTyped(part.text) || (part.kind === "quote" && isMarkupTyped(part.note))
      ? [{ code: "markup-typed", field, quote: part.kind === "quote" ? part.id : undefined }]
      : [],
  );
  if (typed.length > 0) throw new DomainError("invalid", "Markup was typed into a text field", { problems: typed });
  const { text, quoteOrigins } = editorPartsToMarkup(options.parts);
  return saveTranslation(db, {
    slug: options.slug,
    paragraphKey: options.paragraphKey,
    language: options.language,
    actor: options.actor,
    text,
    quoteOrigins,
    baseVersion: options.baseVersion,
    memoryInserted: options.memoryInserted,
    translatorNote: options.translatorNote,
  });
}
