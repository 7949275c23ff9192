// Find in the workspace: the paragraphs whose source or saved translation contains the
// words searched for, in report order, each with where it matched and a short excerpt.
// Plain text only (quotation markup is not searched) and case-insensitive in the text's
// own language, so «Алматы» is found by «алматы» and «Été» by «été».

export type FindableRow = { key: string; number: number; source: string; target: string | null };
export type FindMatch = { key: string; number: number; side: "source" | "target"; excerpt: string };

const EXCERPT_AROUND = 40;

export function markupToPlain(text: string): string {
  return text.replace(/<[^>]*>/g, "");
}

function fold(text: string, language: string): string {
  return text.normalize("NFC").toLocaleLowerCase(language);
}

function excerptAt(text: string, index: number, length: number): string {
  const start = Math.max(0, index - EXCERPT_AROUND);
  const end = Math.min(text.length, index + length + EXCERPT_AROUND);
  return `${start > 0 ? "…" : ""}${text.slice(start, end).trim()}${end < text.length ? "…" : ""}`;
}

export function findParagraphs(rows: readonly FindableRow[], query: string, languages: { source: string; target: string }): FindMatch[] {
  const needle = query.trim();
  if (needle === "") return [];
  const matches: FindMatch[] = [];
  for (const row of rows) {
    for (const side of ["source", "target"] as const) {
      const markup = side === "source" ? row.source : row.target;
      if (!markup) continue;
      const plain = markupToPlain(markup).normalize("NFC");
      const language = languages[side];
      const index = fold(plain, language).indexOf(fold(needle, language));
      if (index === -1) continue;
      matches.push({ key: row.key, number: row.number, side, excerpt: excerptAt(plain, index, needle.length) });
      break; // one entry per paragraph, the source's first
    }
  }
  return matches;
}
