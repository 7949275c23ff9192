import { NAME } from "./find-names";
import { PRESENT, REFLEXIVE, SUBJECT_PRONOUN } from "./speech-verbs";
import type { QuoteSpan } from "./types";

// French puts the attribution inside the marks: « Nous resterons, affirme-t-il, jusqu’au bout. »
// The incise is the reporter's words, not the speaker's: the quotation becomes two, around it
// (both closed by the same mark; the second follows the first's speaker).
const INCISE = new RegExp(
  `,\\s+(?:${REFLEXIVE}(?:${PRESENT})(?:-t)?-(?:${SUBJECT_PRONOUN})|(?:${PRESENT})\\s+${NAME}(?:,\\s[^,«»“”"]{1,60})?)\\s*,\\s+`,
  "u",
);

export function splitIncises(text: string, spans: QuoteSpan[]): QuoteSpan[] {
  return spans.flatMap((span) => {
    const incise = INCISE.exec(text.slice(span.start, span.end));
    if (!incise) return [span];
    const at = span.start + incise.index;
    const resume = at + incise[0].length;
    return [
      { ...span, end: at, after: at },
      { ...span, open: resume, start: resume },
    ];
  });
}
