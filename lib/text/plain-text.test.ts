import { describe, expect, it } from "vitest";
import { describeCodePoint, isBlank, isWellFormed, plainTextProblems } from "./plain-text";

const multiline = { isMultiline: true };
const singleLine = { isMultiline: false };

describe("plain text rules", () => {
  it("refuses a lone surrogate, high or low, and accepts a pair", () => {
    expect(isWellFormed("x\ud800y")).toBe(false);
    expect(isWellFormed("x\udc00y")).toBe(false);
    expect(isWellFormed("emoji 😀 ok")).toBe(true);
    expect(plainTextProblems("x\ud800y", multiline)).toEqual([{ code: "not-well-formed" }]);
  });

  it("refuses NUL, other C0 and C1 controls and DEL, naming the character", () => {
    expect(plainTextProblems("a\u0000b", multiline)).toEqual([{ code: "control-character", character: "U+0000" }]);
    expect(plainTextProblems("a\u001bb", multiline)).toEqual([{ code: "control-character", character: "U+001B" }]);
    expect(plainTextProblems("a\u007fb", multiline)).toEqual([{ code: "control-character", character: "U+007F" }]);
    expect(plainTextProblems("a\u0085b", multiline)).toEqual([{ code: "control-character", character: "U+0085" }]);
    expect(plainTextProblems("a\rb", multiline)).toEqual([{ code: "control-character", character: "U+000D" }]);
  });

  it("allows line feed and tab only in text that may span lines", () => {
    expect(plainTextProblems("one\n\ttwo", multiline)).toEqual([]);
    expect(plainTextProblems("one\ntwo", singleLine)).toEqual([{ code: "control-character", character: "U+000A" }]);
    expect(plainTextProblems("one\ttwo", singleLine)).toEqual([{ code: "control-character", character: "U+0009" }]);
  });

  it("refuses every bidirectional embedding, override and isolate", () => {
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      const character = String.fromCodePoint(code);
      expect(plainTextProblems(`admin${character}nimda`, singleLine)).toEqual([{ code: "bidi-control", character: describeCodePoint(character) }]);
    }
  });

  it("allows the invisible characters real text needs", () => {
    const french = "« Bonjour » ; vraiment ?"; // U+202F narrow no-break spaces
    const persian = "می‌خواهم"; // U+200C zero-width non-joiner
    const family = "👩‍👩‍👧"; // U+200D zero-width joiners
    const marks = "a\u200eb\u200fc\u061cd\u00ade\u2060f\ufeffg\u200bh\u00a0i";
    for (const text of [french, persian, family, marks]) expect(plainTextProblems(text, singleLine)).toEqual([]);
  });

  it("counts text made only of spaces and zero-width characters as blank", () => {
    expect(isBlank("\u200b\u200b")).toBe(true);
    expect(isBlank(" \u00a0\u202f\n\t\ufeff\u2060\u200d\u200e")).toBe(true);
    expect(isBlank("")).toBe(true);
    expect(isBlank("\u200ba")).toBe(false);
  });

  it("names characters with four hex digits at least", () => {
    expect(describeCodePoint("\u0000")).toBe("U+0000");
    expect(describeCodePoint("😀")).toBe("U+1F600");
  });
});
