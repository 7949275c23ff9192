import { describe, expect, it } from "vitest";
import { findQuotes } from "./find-quotes";

const quoted = (text: string) => findQuotes(text).map((span) => text.slice(span.start, span.end));

describe("findQuotes", () => {
  it("finds straight, curly and French quotations, without their marks or inner spaces", () => {
    expect(quoted(`"Une balle a traversé", raconte-t-elle. « Je reste », dit-il, “c’est tout”.`)).toEqual([
      "Une balle a traversé",
      "Je reste",
      "c’est tout",
    ]);
    expect(quoted("«\u00a0Non\u202f»")).toEqual(["Non"]);
  });

  it("reads a straight mark after an apostrophe as an opening (qualifiée d’\"anti-terroriste\")", () => {
    expect(quoted(`sorte de "mini-Otan" sous influence, qualifiée d’"anti-terroriste" par le gouvernement`)).toEqual(["mini-Otan", "anti-terroriste"]);
  });

  it("keeps marks inside a quotation as its text", () => {
    expect(quoted(`« Il m’a dit “non” hier », raconte-t-elle.`)).toEqual(["Il m’a dit “non” hier"]);
  });

  it("ends an unclosed quotation before a sentence that reports speech (Selon lui…)", () => {
    const text = `Il n’y croit pas. "Où sont-ils, ces terroristes ? Selon lui, des clans auraient agi.`;
    const [span] = findQuotes(text);
    expect(span.close).toBeNull();
    expect(text.slice(span.start, span.end)).toBe("Où sont-ils, ces terroristes ?");
  });

  it("ends an unclosed quotation at the end of the block, or where the next one opens", () => {
    expect(quoted(`Il dit : « Nous resterons.`)).toEqual(["Nous resterons."]);
    const text = `"Premier sans fin. "Second", dit-il.`;
    expect(findQuotes(text).map((span) => span.close === null)).toEqual([true, false]);
    expect(quoted(text)).toEqual(["Premier sans fin.", "Second"]);
  });

  it("finds nothing in a text without quotation marks, and ignores apostrophes", () => {
    expect(findQuotes("Aujourd'hui encore, Dinara ne comprend pas ce qui s’est passé.")).toEqual([]);
  });
});
