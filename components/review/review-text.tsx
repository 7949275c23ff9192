import { Fragment } from "react";
import { parseInlineMarkup } from "@/lib/quotes/inline-markup";

// Paragraph text as React text nodes (translators' text is untrusted: never HTML); the only
// structure honoured is the quotation span. Plain component: usable on server and client.
export function ReviewText({ text }: { text: string }) {
  const { segments } = parseInlineMarkup(text);
  return segments.map((segment, index) =>
    segment.type === "text" ? (
      <Fragment key={index}>{segment.text}</Fragment>
    ) : (
      <q key={index} className="review-quote" data-quote={segment.id}>
        {segment.text}
      </q>
    ),
  );
}
