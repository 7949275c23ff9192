import type { MDXComponents } from "mdx/types";
import type { ReactNode } from "react";

type UnitProps = { id: string; children?: ReactNode };
type QuoteProps = { id: string; children?: ReactNode };

// How the report's own MDX components render in the original edition: the same markup
// contract as the reader's source column (ids, data-quote, data-provenance).
export function originalComponents(language: string): MDXComponents {
  const Quote = ({ id, children }: QuoteProps) => (
    <q data-quote={id} data-provenance="original" className="quote quote-original">
      {children}
    </q>
  );
  return {
    // Markdown wraps each unit's text in a paragraph; the unit decides the element.
    p: ({ children }: { children?: ReactNode }) => <>{children}</>,
    Paragraph: ({ id, children }: UnitProps) => (
      <p id={id} data-paragraph={id} className="unit" lang={language}>
        {children}
      </p>
    ),
    Heading: ({ id, children }: UnitProps) => (
      <h2 id={id} data-paragraph={id} className="unit unit-heading" lang={language}>
        {children}
      </h2>
    ),
    Quote,
    Term: Quote,
  };
}
