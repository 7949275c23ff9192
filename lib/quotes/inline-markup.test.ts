import { describe, expect, it } from "vitest";
import { parseInlineMarkup, plainText, quoteIds, serializeSegments } from "./inline-markup";

describe("parseInlineMarkup", () => {
  it("splits text and quotation spans, keeping every character of the text", () => {
    const input = `«<q id="q-one">Я пришла сюда</q>», — рассказывает Динара.`;
    const { segments, problems } = parseInlineMarkup(input);
    expect(problems).toEqual([]);
    expect(segments).toEqual([
      { type: "text", text: "«" },
      { type: "quote", id: "q-one", text: "Я пришла сюда" },
      { type: "text", text: "», — рассказывает Динара." },
    ]);
    expect(serializeSegments(segments)).toBe(input);
    expect(plainText(segments)).toBe("«Я пришла сюда», — рассказывает Динара.");
    expect(quoteIds(segments)).toEqual(["q-one"]);
  });

  it("reads plain text without quotations as one text segment", () => {
    expect(parseInlineMarkup("Pas de citation ici.")).toEqual({ segments: [{ type: "text", text: "Pas de citation ici." }], problems: [] });
    expect(parseInlineMarkup("")).toEqual({ segments: [], problems: [] });
  });

  it("treats any other markup as literal text, never as HTML", () => {
    const input = `<b>bold</b> & <script>alert(1)</script> <q class="x">not a span</q> <Q id="q-one">upper</Q>`;
    const { segments } = parseInlineMarkup(input);
    // only the exact `<q id="…">` opening is markup; a stray `</q>` is reported and dropped, the rest stays literal
    expect(segments.every((segment) => segment.type === "text")).toBe(true);
    expect(plainText(segments)).toBe(input.replace("</q>", ""));
  });

  it("accepts only lowercase slug ids", () => {
    expect(parseInlineMarkup(`<q id="Q One">x</q>`).segments[0].type).toBe("text");
    expect(parseInlineMarkup(`<q id="q-2">x</q>`).segments).toEqual([{ type: "quote", id: "q-2", text: "x" }]);
  });

  it("reports an unclosed span and keeps its text", () => {
    const { segments, problems } = parseInlineMarkup(`avant <q id="q-one">jamais fermé`);
    expect(problems).toEqual([{ code: "unclosed-quote", id: "q-one" }]);
    expect(plainText(segments)).toBe("avant jamais fermé");
  });

  it("reports a closing tag without an opening", () => {
    const { problems } = parseInlineMarkup(`texte</q> suite`);
    expect(problems).toEqual([{ code: "stray-closing-tag" }]);
  });

  it("reports a nested span", () => {
    const { problems } = parseInlineMarkup(`<q id="q-one">a <q id="q-two">b</q> c</q>`);
    expect(problems).toContainEqual({ code: "nested-quote", id: "q-two" });
  });

  it("reports an empty span", () => {
    expect(parseInlineMarkup(`«<q id="q-one">  </q>»`).problems).toEqual([{ code: "empty-quote", id: "q-one" }]);
  });

  it("lists quotation ids in order, repeated ones included", () => {
    const { segments } = parseInlineMarkup(`<q id="q-b">1</q> <q id="q-a">2</q> <q id="q-b">3</q>`);
    expect(quoteIds(segments)).toEqual(["q-b", "q-a", "q-b"]);
  });
});
