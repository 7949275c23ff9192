// The ids of what a quotation marker's description and popover are made of (quote-notes.tsx),
// shared by the markers, the notes and the reader's script (quote-popover.ts).
export const POPOVER_LINK_ID = "qn-link";

export function quoteNoteIds(quoteId: string) {
  return { who: `qw-${quoteId}`, spoken: `qs-${quoteId}`, meaning: (meaningKey: string) => `qm-${meaningKey}` };
}
