import { parseInlineMarkup } from "@/lib/quotes/inline-markup";

type MarkupTextProps = {
  text: string;
  // quotation number by id, shown after each quotation so it can be matched with its field
  numbers?: ReadonlyMap<string, number>;
  numberLabel?: (number: number) => string;
  // the language of the number's label (the interface's), when it differs from the text's
  labelLanguage?: string;
};

// Paragraph text with its quotation spans as <q>, always as React text: whatever a
// translator typed, markup included, is shown and never interpreted.
export function MarkupText({ text, numbers, numberLabel, labelLanguage }: MarkupTextProps) {
  const { segments } = parseInlineMarkup(text);
  return segments.map((segment, index) => {
    if (segment.type === "text") return <span key={index}>{segment.text}</span>;
    const number = numbers?.get(segment.id);
    return (
      <span key={index}>
        <q className="quote ws-quote" data-quote={segment.id}>
          {segment.text}
        </q>
        {number !== undefined ? (
          <sup className="ws-quote-number" lang={labelLanguage}>
            <span aria-hidden="true">{number}</span>
            <span className="visually-hidden">{numberLabel ? numberLabel(number) : number}</span>
          </sup>
        ) : null}
      </span>
    );
  });
}
