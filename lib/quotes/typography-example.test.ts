import { describe, expect, it } from "vitest";
import { typographyExample } from "./typography-example";

describe("typographyExample", () => {
  it("prefers a straight quotation mark glued to a curly apostrophe, as the original prints it", () => {
    const texts = ['sorte de "mini-Otan" sous influence', "l'opération qualifiée d’\"anti-terroriste\" par le gouvernement"];
    expect(typographyExample(texts)).toBe('d’"anti-terroriste"');
  });

  it("falls back to straight-quoted words, and says nothing for text without them", () => {
    expect(typographyExample(['sorte de "mini-Otan" sous influence'])).toBe('"mini-Otan"');
    expect(typographyExample(["« guillemets français »"])).toBeNull();
  });
});
