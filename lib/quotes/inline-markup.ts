// Paragraph text, source and translations alike, is plain text in which quotation
// spans are written `<q id="q-…">…</q>`. Nothing else is markup: any other `<`, `&`
// or tag-like text is literal and is always rendered as text.

export type TextSegment = { type: "text"; text: string };
export type QuoteSegment = { type: "quote"; id: string; text: string };
export type Segment = TextSegment | QuoteSegment;

export type MarkupProblem =
  | { code: "unclosed-quote"; id: string }
  | { code: "stray-closing-tag" }
  | { code: "nested-quote"; id: string }
  | { code: "empty-quote"; id: string };

export type ParseResult = { segments: Segment[]; problems: MarkupProblem[] };

const TOKEN = /<q id="([a-z0-9][a-z0-9-]*)">|<\/q>/g;

export const QUOTE_ID = /^[a-z0-9][a-z0-9-]*$/;

export function parseInlineMarkup(input: string): ParseResult {
  const segments: Segment[] = [];
  const problems: MarkupProblem[] = [];
  let open: { id: string; start: number } | null = null;
  let cursor = 0;

  for (const match of input.matchAll(TOKEN)) {
    const index = match.index ?? 0;
    const between = input.slice(cursor, index);
    const openingId = match[1];
    if (openingId !== undefined) {
      if (open) {
        problems.push({ code: "nested-quote", id: openingId });
        cursor = index + match[0].length;
        continue;
      }
      pushText(segments, between);
      open = { id: openingId, start: index + match[0].length };
    } else if (open) {
      const text = input.slice(open.start, index);
      if (text.trim() === "") problems.push({ code: "empty-quote", id: open.id });
      segments.push({ type: "quote", id: open.id, text });
      open = null;
    } else {
      problems.push({ code: "stray-closing-tag" });
      pushText(segments, between);
    }
    cursor = index + match[0].length;
  }

  if (open) {
    problems.push({ code: "unclosed-quote", id: open.id });
    pushText(segments, input.slice(open.start));
  } else {
    pushText(segments, input.slice(cursor));
  }
  return { segments, problems };
}

function pushText(segments: Segment[], text: string): void {
  if (text === "") return;
  const last = segments.at(-1);
  if (last?.type === "text") {
    last.text += text;
    return;
  }
  segments.push({ type: "text", text });
}

export function serializeSegments(segments: readonly Segment[]): string {
  return segments
    .map((segment) => (segment.type === "text" ? segment.text : `<q id="${segment.id}">${segment.text}</q>`))
    .join("");
}

export function plainText(segments: readonly Segment[]): string {
  return segments.map((segment) => segment.text).join("");
}

export function quoteIds(segments: readonly Segment[]): string[] {
  return segments.flatMap((segment) => (segment.type === "quote" ? [segment.id] : []));
}
