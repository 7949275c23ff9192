// Where the editor underlines glossary terms in a source paragraph given as quotation segments.
import { findTermsInSource, type GlossaryTerm } from "./match-terms";
import { isContentLanguage } from "@/lib/languages";
import type { Segment } from "@/lib/quotes/inline-markup";

// One underlined place of the source: its words and every entry for them (a required and a
// forbidden rendering of the same term share one place).
export type TermPlace = { start: number; end: number; terms: GlossaryTerm[] };

export type Piece = { text: string; place: TermPlace | null };

export function termPlaces(plain: string, terms: readonly GlossaryTerm[], sourceLanguage: string): TermPlace[] {
  if (terms.length === 0 || !isContentLanguage(sourceLanguage)) return [];
  const places: TermPlace[] = [];
  for (const occurrence of findTermsInSource(plain, terms, sourceLanguage)) {
    const last = places.at(-1);
    if (last && last.start === occurrence.start && last.end === occurrence.end) last.terms.push(occurrence.term);
    else places.push({ start: occurrence.start, end: occurrence.end, terms: [occurrence.term] });
  }
  return places;
}

// Each segment's text cut at the places that lie inside it; a term that straddles a
// quotation's edge is not underlined (it is rare, and a button cannot span the <q>).
export function piecesOf(segments: readonly Segment[], places: readonly TermPlace[]): Piece[][] {
  let offset = 0;
  return segments.map((segment) => {
    const start = offset;
    const end = start + segment.text.length;
    offset = end;
    const pieces: Piece[] = [];
    let at = start;
    for (const place of places.filter((candidate) => candidate.start >= start && candidate.end <= end)) {
      if (place.start > at) pieces.push({ text: segment.text.slice(at - start, place.start - start), place: null });
      pieces.push({ text: segment.text.slice(place.start - start, place.end - start), place });
      at = place.end;
    }
    if (at < end || pieces.length === 0) pieces.push({ text: segment.text.slice(at - start), place: null });
    return pieces;
  });
}
