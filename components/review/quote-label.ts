import type { ReviewQuote } from "@/lib/reviews/review-item";

// A quotation is named to people by its number in the paragraph and its speaker, never by its
// id (q-…): the arguments of the messages that name one (Checks, Review.quoteNumber).
export function quoteLabelArgs(quotes: readonly Pick<ReviewQuote, "key" | "speakerName">[], key: string | undefined) {
  const index = quotes.findIndex((quote) => quote.key === key);
  const speaker = quotes[index]?.speakerName ?? "";
  return { number: index === -1 ? "?" : String(index + 1), speaker, hasSpeaker: speaker ? "yes" : "no" };
}
