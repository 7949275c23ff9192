import { parseInlineMarkup, plainText, quoteIds, serializeSegments } from "@/lib/quotes/inline-markup";

// A match's quotation spans put onto the open paragraph's quotations: by id where the match has
// exactly the paragraph's ids (the same paragraph, or a copy of it), else by order where it has
// as many spans as the paragraph has quotations. Otherwise there is no honest mapping: only the
// plain text is inserted, and the editor says so (the quotation marks stay the paragraph's own).
export type QuoteMapping = { markup: string; mapping: "ids" | "order" | "none" };

export function mapMatchQuotes(target: string, currentKeys: readonly string[]): QuoteMapping {
  const { segments, problems } = parseInlineMarkup(target);
  const ids = quoteIds(segments);
  const plain = plainText(segments);
  if (problems.length > 0) return { markup: plain, mapping: "none" };
  const isDistinct = new Set(ids).size === ids.length;
  if (!isDistinct || ids.length !== currentKeys.length) return { markup: plain, mapping: ids.length === 0 && currentKeys.length === 0 ? "ids" : "none" };
  if (ids.every((id) => currentKeys.includes(id))) return { markup: target, mapping: "ids" };
  let index = 0;
  const renamed = segments.map((segment) => (segment.type === "quote" ? { ...segment, id: currentKeys[index++] } : segment));
  return { markup: serializeSegments(renamed), mapping: "order" };
}
