// Whether a quotation, as shown in a column, is the speaker's own words or a translation,
// and from which language. This is the reader's promise: never pass a translation off as
// what someone said.

export type QuoteProvenance =
  | { provenance: "original"; basis: "own-words"; note?: string }
  // the report's own wording, the language the speaker used is not stated
  | { provenance: "original"; basis: "as-published" }
  | { provenance: "translated"; from: string; by: "outlet" | "newsroom" };

export function quoteProvenance(options: {
  columnLanguage: string;
  sourceLanguage: string;
  spokenLanguage: string | null;
  ownWordsNote?: string;
}): QuoteProvenance {
  const { columnLanguage, sourceLanguage, spokenLanguage, ownWordsNote } = options;
  if (columnLanguage === sourceLanguage) {
    if (spokenLanguage === null) return { provenance: "original", basis: "as-published" };
    if (spokenLanguage === sourceLanguage) return { provenance: "original", basis: "own-words" };
    return { provenance: "translated", from: spokenLanguage, by: "outlet" };
  }
  // Only the translator's verbatim source makes our text the speaker's words; translating
  // back into the language they spoke does not.
  if (ownWordsNote !== undefined) return { provenance: "original", basis: "own-words", note: ownWordsNote };
  return { provenance: "translated", from: sourceLanguage, by: "newsroom" };
}
