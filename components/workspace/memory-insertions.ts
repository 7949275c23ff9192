// What the editor inserted from the translation memory, per paragraph, for this page's life: every
// save of the paragraph sends it, and the server records how much of the saved text came from
// it unchanged (Revision.memoryShare). A module-level map, not page state: nothing renders it.
const inserted = new Map<string, string[]>();
const keyOf = (slug: string, language: string, paragraphKey: string) => `${slug}\u0000${language}\u0000${paragraphKey}`;
const MAX_REMEMBERED = 20; // the save's limit (lib/memory/saved-memory-share.ts)

export function rememberInsertion(slug: string, language: string, paragraphKey: string, target: string): void {
  const key = keyOf(slug, language, paragraphKey);
  const list = (inserted.get(key) ?? []).filter((text) => text !== target);
  inserted.set(key, [...list, target].slice(-MAX_REMEMBERED));
}

export function insertionsFor(slug: string, language: string, paragraphKey: string): string[] | undefined {
  return inserted.get(keyOf(slug, language, paragraphKey));
}
