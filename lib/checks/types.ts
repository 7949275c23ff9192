// What a quality check looks at: one translation of one source paragraph.
export type CheckInput = {
  source: {
    text: string; // inline markup, see lib/quotes/inline-markup.ts
    hash: string;
    quotes: readonly { key: string; isClosed: boolean }[];
  };
  translation: {
    text: string;
    sourceHash: string; // the source wording the translation was made against
  };
};

export const WARNING_CODES = [
  "empty-text",
  "quote-missing",
  "empty-quote",
  "same-as-source",
  "older-source",
  "source-unclosed-quote",
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export type QualityWarning = { code: WarningCode; quote?: string };

// A check is a pure function with a code; it never refuses anything, it points the reviewer at something.
export type QualityCheck = { code: WarningCode; run: (input: CheckInput) => QualityWarning[] };
