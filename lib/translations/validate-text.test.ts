import { describe, expect, it } from "vitest";
import { checkTranslationText } from "./validate-text";

describe("checkTranslationText: plain text rules", () => {
  it("counts a text of only zero-width characters as empty", () => {
    expect(checkTranslationText("\u200b\u200b", []).problems).toEqual([{ code: "empty" }]);
    expect(checkTranslationText(`<q id="q-one">\u200b</q>\u2060 `, ["q-one"]).problems).toEqual([{ code: "empty" }]);
  });

  it("refuses a lone surrogate on its own, before reading the markup", () => {
    expect(checkTranslationText(`x\ud800y <q id="q-one">a</q>`, []).problems).toEqual([{ code: "not-well-formed" }]);
  });

  it("refuses NUL and bidi controls, and keeps line breaks and tabs", () => {
    expect(checkTranslationText("a\u0000b", []).problems).toEqual([{ code: "control-character", character: "U+0000" }]);
    expect(checkTranslationText("paid \u202esvod\u202c", []).problems).toEqual([{ code: "bidi-control", character: "U+202E" }]);
    expect(checkTranslationText("one\n\ttwo", []).problems).toEqual([]);
  });
});
