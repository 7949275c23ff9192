import { parseInlineMarkup, serializeSegments, type Segment } from "@/lib/quotes/inline-markup";

// The translation editor does not let anyone type quotation markup. A paragraph is edited
// as a row of fields: ordinary text, then one field per quotation of the source, then text
// again, and so on. The quotation fields carry the source's ids, so they cannot be lost,
// duplicated or renamed by typing; serializing the fields gives the `<q id>` markup.
// Pure functions, shared by the browser editor and the server action that checks it.

export type EditorTextPart = { kind: "text"; text: string };
export type EditorQuotePart = { kind: "quote"; id: string; text: string; isOwnWords: boolean; note: string };
export type EditorPart = EditorTextPart | EditorQuotePart;

export type QuoteOrigin = { quoteKey: string; note: string };

// Text fields stand before, between and after the quotations, even when empty, so the
// translator can always type around a quotation.
export function normalizeParts(parts: readonly EditorPart[]): EditorPart[] {
  const result: EditorPart[] = [];
  for (const part of parts) {
    const last = result.at(-1);
    if (part.kind === "text") {
      if (last?.kind === "text") result[result.length - 1] = { kind: "text", text: last.text + part.text };
      else result.push({ ...part });
      continue;
    }
    if (last?.kind !== "text") result.push({ kind: "text", text: "" });
    result.push({ ...part });
  }
  if (result.at(-1)?.kind !== "text") result.push({ kind: "text", text: "" });
  return result;
}

// The fields for a saved translation (or, when there is none, for the source's quotations).
// A quotation the source has and the text lacks is added at the end, empty, so it is not lost.
export function editorPartsFrom(text: string | null, sourceQuoteKeys: readonly string[], ownWords: Readonly<Record<string, string>> = {}): EditorPart[] {
  const quote = (id: string, quoted = ""): EditorQuotePart => ({
    kind: "quote",
    id,
    text: quoted,
    isOwnWords: ownWords[id] !== undefined,
    note: ownWords[id] ?? "",
  });
  if (text === null) return normalizeParts(sourceQuoteKeys.map((id) => quote(id)));
  const { segments } = parseInlineMarkup(text);
  const parts: EditorPart[] = segments.map((segment) => (segment.type === "text" ? { kind: "text", text: segment.text } : quote(segment.id, segment.text)));
  const present = new Set(segments.flatMap((segment) => (segment.type === "quote" ? [segment.id] : [])));
  for (const id of sourceQuoteKeys) if (!present.has(id)) parts.push(quote(id));
  return normalizeParts(parts);
}

export function editorPartsToMarkup(parts: readonly EditorPart[]): { text: string; quoteOrigins: QuoteOrigin[] } {
  const segments: Segment[] = parts.flatMap((part): Segment[] => {
    if (part.kind === "quote") return [{ type: "quote", id: part.id, text: part.text }];
    return part.text === "" ? [] : [{ type: "text", text: part.text }];
  });
  const quoteOrigins = parts.flatMap((part) => (part.kind === "quote" && part.isOwnWords ? [{ quoteKey: part.id, note: part.note.trim() }] : []));
  return { text: serializeSegments(segments), quoteOrigins };
}

export function sameContent(a: readonly EditorPart[], b: readonly EditorPart[]): boolean {
  const left = editorPartsToMarkup(a);
  const right = editorPartsToMarkup(b);
  const origins = (list: QuoteOrigin[]) => JSON.stringify([...list].sort((x, y) => x.quoteKey.localeCompare(y.quoteKey)));
  return left.text === right.text && origins(left.quoteOrigins) === origins(right.quoteOrigins);
}

// A quotation field that is not (or no longer) in the source, or a second copy of one,
// can be taken apart: its words stay, joined to the text around it.
export function dissolveQuote(parts: readonly EditorPart[], index: number): EditorPart[] {
  const part = parts[index];
  if (part?.kind !== "quote") return [...parts];
  return normalizeParts([...parts.slice(0, index), { kind: "text", text: part.text }, ...parts.slice(index + 1)]);
}

// Languages order things differently: a quotation may change places with its neighbour.
export function moveQuote(parts: readonly EditorPart[], index: number, direction: -1 | 1): EditorPart[] {
  const other = index + 2 * direction;
  if (parts[index]?.kind !== "quote" || parts[other]?.kind !== "quote") return [...parts];
  const moved = [...parts];
  [moved[index], moved[other]] = [moved[other], moved[index]];
  return moved;
}

export function updatePart(parts: readonly EditorPart[], index: number, change: Partial<Omit<EditorQuotePart, "kind" | "id">>): EditorPart[] {
  return parts.map((part, at) => (at === index ? ({ ...part, ...change } as EditorPart) : part));
}
