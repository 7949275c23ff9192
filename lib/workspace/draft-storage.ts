import type { EditorPart } from "./editor-parts";

// Unsaved typing is kept in the browser (localStorage), one entry per user, report,
// language and paragraph, with the version it was based on, so a reload or a crashed tab
// loses nothing. Written on every change, removed once the text is saved or discarded.

// `note`: the translator's note as typed, absent when it was not touched (older entries too).
export type StoredDraft = { parts: EditorPart[]; baseVersion: number; savedAt: number; note?: string };
export type DraftScope = { userId: string; slug: string; language: string };
type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const PREFIX = "newsroom:draft:v1";

export function draftKey(scope: DraftScope, paragraphKey: string): string {
  return [PREFIX, scope.userId, scope.slug, scope.language, paragraphKey].join(":");
}

export function readDraft(storage: StorageLike, key: string): StoredDraft | null {
  try {
    const raw = storage.getItem(key);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    return isStoredDraft(value) ? value : null;
  } catch {
    return null;
  }
}

// Returns false when the browser refuses (private mode, quota): the page then says so.
export function writeDraft(storage: StorageLike, key: string, draft: StoredDraft): boolean {
  try {
    storage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(storage: StorageLike, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // nothing to do: the entry could not be there either
  }
}

function isStoredDraft(value: unknown): value is StoredDraft {
  if (typeof value !== "object" || value === null) return false;
  const draft = value as Record<string, unknown>;
  return (
    Number.isInteger(draft.baseVersion) &&
    typeof draft.savedAt === "number" &&
    (draft.note === undefined || typeof draft.note === "string") &&
    Array.isArray(draft.parts) &&
    draft.parts.every(isPart)
  );
}

function isPart(value: unknown): value is EditorPart {
  if (typeof value !== "object" || value === null) return false;
  const part = value as Record<string, unknown>;
  if (part.kind === "text") return typeof part.text === "string";
  return (
    part.kind === "quote" &&
    typeof part.id === "string" &&
    typeof part.text === "string" &&
    typeof part.isOwnWords === "boolean" &&
    typeof part.note === "string"
  );
}
