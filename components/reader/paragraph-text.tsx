import type { ReactNode } from "react";

// A heading or a paragraph of report text, in the given language.
export function ParagraphText({ kind, language, children }: { kind: "paragraph" | "heading"; language: string; children: ReactNode }) {
  return kind === "heading" ? (
    <h2 className="unit unit-heading" lang={language}>
      {children}
    </h2>
  ) : (
    <p className="unit" lang={language}>
      {children}
    </p>
  );
}
