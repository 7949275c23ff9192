import { describe, expect, it } from "vitest";
import { quoteProvenance } from "./provenance";

describe("quoteProvenance", () => {
  it("marks the source column's quotation as published when the spoken language is not stated", () => {
    expect(quoteProvenance({ columnLanguage: "fr", sourceLanguage: "fr", spokenLanguage: null })).toEqual({
      provenance: "original",
      basis: "as-published",
    });
  });

  it("calls the source column's quotation the speaker's words when they spoke the source language", () => {
    expect(quoteProvenance({ columnLanguage: "fr", sourceLanguage: "fr", spokenLanguage: "fr" })).toEqual({
      provenance: "original",
      basis: "own-words",
    });
  });

  it("says the outlet translated when the speaker used another language", () => {
    expect(quoteProvenance({ columnLanguage: "fr", sourceLanguage: "fr", spokenLanguage: "ru" })).toEqual({
      provenance: "translated",
      from: "ru",
      by: "outlet",
    });
  });

  it("marks every target-language quotation as our translation from the source", () => {
    expect(quoteProvenance({ columnLanguage: "ru", sourceLanguage: "fr", spokenLanguage: null })).toEqual({
      provenance: "translated",
      from: "fr",
      by: "newsroom",
    });
  });

  it("does not call a translation back into the spoken language the speaker's words", () => {
    expect(quoteProvenance({ columnLanguage: "ru", sourceLanguage: "fr", spokenLanguage: "ru" })).toMatchObject({
      provenance: "translated",
      from: "fr",
    });
  });

  it("uses the translator's verbatim words when they marked them, with the note", () => {
    expect(
      quoteProvenance({ columnLanguage: "ru", sourceLanguage: "fr", spokenLanguage: null, ownWordsNote: "interview tape" }),
    ).toEqual({ provenance: "original", basis: "own-words", note: "interview tape" });
  });
});
