import { parseInlineMarkup } from "@/lib/quotes/inline-markup";

export type XmlBuildNode = Record<string, unknown>;

// A quotation or a term of the paragraph as XLIFF's paired code: the span keeps its id, and
// canDelete="no" canCopy="no" say in the standard's words what our save path enforces (every
// span of the source exactly once). A <pc> of type "quote" is the core's own code for
// quotation marks around text; reordering stays allowed, since word order differs.
export const QUOTE_CODE = { type: "quote", canDelete: "no", canCopy: "no" } as const;

// Paragraph markup (plain text with <q id> spans) as inline XLIFF nodes for fast-xml-parser's builder.
export function inlineNodes(markup: string): XmlBuildNode[] {
  return parseInlineMarkup(markup).segments.map((segment) =>
    segment.type === "text"
      ? { "#text": segment.text }
      : { pc: segment.text === "" ? [] : [{ "#text": segment.text }], ":@": { id: segment.id, ...QUOTE_CODE } },
  );
}
