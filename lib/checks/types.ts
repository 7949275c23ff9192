import type { GlossaryTerm } from "@/lib/glossary/match-terms";
import type { LengthRatio } from "@/lib/memory/length-ratio";

// What a quality check looks at: one translation of one source paragraph, and what the
// server gathers around it (lib/checks/load-check-context.ts), the same in the browser.
export type CheckInput = {
  sourceLanguage: string;
  targetLanguage: string;
  paragraphKey?: string;
  source: {
    text: string; // inline markup, see lib/quotes/inline-markup.ts
    hash: string;
    quotes: readonly { key: string; isClosed: boolean }[];
  };
  translation: {
    text: string;
    sourceHash: string; // the source wording the translation was made against
  };
  context?: CheckContext;
};

// The inputs beyond the paragraph: the pair's glossary, the length ratio learned from the
// approved memory, and the report's other translations (for consistency).
export type CheckContext = {
  glossary?: readonly GlossaryTerm[];
  lengthRatio?: LengthRatio | null;
  others?: readonly { paragraphKey: string; source: string; text: string }[];
};

// Stable ids: they are stored (overrides, dismissals, acknowledged warnings) and named in the API.
export const CHECK_IDS = [
  "empty-text",
  "quote-missing",
  "quote-added",
  "quote-duplicated",
  "empty-quote",
  "same-as-source",
  "older-source",
  "source-unclosed-quote",
  "unbalanced-quote-marks",
  "numbers-dates",
  "number-format",
  "glossary-missing",
  "glossary-forbidden",
  "glossary-do-not-translate",
  "length-ratio",
  "typography-quote-marks",
  "typography-dash",
  "typography-french-spaces",
  "double-space",
  "edge-spaces",
  "mixed-script",
  "inconsistent",
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export type Severity = "error" | "warning";

// One thing a check found. `quote`: the quotation it is about; `detail`: the words, number
// or mark it is about, shown in the message.
export type CheckFinding = { id: CheckId; quote?: string; detail?: string };

// content: about what the text says (an approval must acknowledge it); style: typography and
// spacing, which inform only; hint: a statistical guess (the length ratio), which informs only:
// it depends on the whole memory, so it changes with other reports' approvals.
export type CheckKind = "content" | "style" | "hint";

// A check is a pure function (no Node-only import: it runs in the browser too) with a stable id.
export type QualityCheck = { id: CheckId; severity: Severity; kind: CheckKind; run: (input: CheckInput) => CheckFinding[] };

export function isCheckId(value: unknown): value is CheckId {
  return typeof value === "string" && (CHECK_IDS as readonly string[]).includes(value);
}
