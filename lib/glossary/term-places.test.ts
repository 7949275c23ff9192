import { describe, expect, it } from "vitest";
import { parseInlineMarkup, plainText } from "@/lib/quotes/inline-markup";
import type { GlossaryTerm } from "./match-terms";
import { piecesOf, termPlaces } from "./term-places";

const term = (sourceTerm: string, overrides: Partial<GlossaryTerm> = {}): GlossaryTerm => ({
  id: `${sourceTerm}-${overrides.isForbidden ? "forbidden" : "required"}`,
  sourceTerm,
  translations: ["x"],
  note: null,
  partOfSpeech: null,
  exactForm: false,
  caseSensitive: false,
  doNotTranslate: false,
  isForbidden: false,
  ...overrides,
});

function cut(markup: string, terms: GlossaryTerm[]) {
  const { segments } = parseInlineMarkup(markup);
  const places = termPlaces(plainText(segments), terms, "fr");
  return piecesOf(segments, places).map((pieces) => pieces.map((piece) => (piece.place ? `[${piece.text}:${piece.place.terms.length}]` : piece.text)).join(""));
}

describe("termPlaces and piecesOf", () => {
  it("cuts text and quotation segments at the terms inside them, keeping every character", () => {
    expect(cut('raconte à France 24 Dinara, à Almaty. "<q id="q-one">Almaty brûlait</q>", dit-elle.', [term("Almaty"), term("France 24"), term("Dinara")])).toEqual([
      "raconte à [France 24:1] [Dinara:1], à [Almaty:1]. \"",
      "[Almaty:1] brûlait",
      "\", dit-elle.",
    ]);
  });

  it("gathers the entries for the same words into one place, and skips a term across a quotation's edge", () => {
    expect(cut("à Almaty", [term("Almaty"), term("Almaty", { isForbidden: true })])).toEqual(["à [Almaty:2]"]);
    expect(cut('Almaty <q id="q-one">TV</q>', [term("Almaty TV", { doNotTranslate: true, translations: [] })])).toEqual(["Almaty ", "TV"]);
  });

  it("finds nothing without terms or for a language it cannot stem", () => {
    expect(termPlaces("Almaty", [], "fr")).toEqual([]);
    expect(termPlaces("Almaty", [term("Almaty")], "kk")).toEqual([]);
  });
});
