import type { TranslationState } from "@/lib/workflow/states";

// One symbol per review state, for the reader and the workspace: a state
// is always a word and a symbol, never a colour alone.
export const STATE_ICONS: Record<TranslationState, string> = {
  approved: "✓",
  "in-review": "◔",
  draft: "✎",
  "changes-requested": "↺",
  outdated: "⚠",
  missing: "∅",
};

// In the order a translator meets them: what needs work first.
export const STATE_ORDER: TranslationState[] = ["missing", "draft", "changes-requested", "outdated", "in-review", "approved"];
