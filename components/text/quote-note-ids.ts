// The ids of what a quotation marker's description and popover are made of (quote-notes.tsx),
// shared by the markers, the notes and the reader's script (quote-popover.ts).
export const POPOVER_LINK_ID = "qn-link";

// who: one per quotation; spoken: one per language spoken (or none stated); meaning: one per kind of marker
export function quoteNoteIds(quoteId: string, spokenLanguage: string | null) {
  return { who: `qw-${quoteId}`, spoken: `qs-${spokenLanguage ?? "none"}`, meaning: (meaningKey: string) => `qm-${meaningKey}` };
}
