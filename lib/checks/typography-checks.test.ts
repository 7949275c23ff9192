import { describe, expect, it } from "vitest";
import { doubleSpace, edgeSpaces } from "./space-checks";
import { pair } from "./testing";
import { frenchSpaces, typographyDash, typographyQuoteMarks } from "./typography-checks";

const SOURCE = `"<q id="q-one">C’était une guerre</q>", dit-elle.`;

describe("target typography (warnings)", () => {
  it("English: curly quotes, not straight ones", () => {
    expect(typographyQuoteMarks.run(pair(SOURCE, `“<q id="q-one">It was a war</q>,” she says, ‘twice’.`, "en"))).toEqual([]);
    expect(typographyQuoteMarks.run(pair(SOURCE, `"<q id="q-one">It was a war</q>," she says.`, "en"))).toEqual([{ id: "typography-quote-marks", detail: '"' }]);
    expect(typographyQuoteMarks.run(pair(SOURCE, `“<q id="q-one">It wasn't a war</q>,” she says.`, "en"))).toEqual([{ id: "typography-quote-marks", detail: "'" }]);
  });

  it("Russian: « » outside, „ “ inside", () => {
    expect(typographyQuoteMarks.run(pair(SOURCE, `«<q id="q-one">Это была „война“</q>», — говорит она.`, "ru"))).toEqual([]);
    expect(typographyQuoteMarks.run(pair(SOURCE, `“<q id="q-one">Это была война</q>”, — говорит она.`, "ru"))).toEqual([{ id: "typography-quote-marks", detail: "”" }]);
    expect(typographyQuoteMarks.run(pair(SOURCE, `«<q id="q-one">Это была «война»</q>», — говорит она.`, "ru"))).toEqual([{ id: "typography-quote-marks", detail: "«" }]);
    expect(typographyQuoteMarks.run(pair(SOURCE, `"<q id="q-one">Это была война</q>", — говорит она.`, "ru"))).toEqual([{ id: "typography-quote-marks", detail: '"' }]);
  });

  it("Russian attributions: an em dash between spaces", () => {
    expect(typographyDash.run(pair(SOURCE, `«<q id="q-one">Это была война</q>», — говорит она. Касым-Жомарт Токаев.`, "ru"))).toEqual([]);
    expect(typographyDash.run(pair(SOURCE, `«<q id="q-one">Это была война</q>», - говорит она.`, "ru"))).toEqual([{ id: "typography-dash", detail: "-" }]);
    expect(typographyDash.run(pair(SOURCE, `«<q id="q-one">Это была война</q>», – говорит она.`, "ru"))).toEqual([{ id: "typography-dash", detail: "–" }]);
    expect(typographyDash.run(pair(SOURCE, `«<q id="q-one">Это была война</q>»,—говорит она.`, "ru"))).toEqual([{ id: "typography-dash", detail: ",—" }]);
    // English is not held to the Russian rule
    expect(typographyDash.run(pair(SOURCE, `“<q id="q-one">It was a war</q>” - she says.`, "en"))).toEqual([]);
  });

  it("French target: a no-break space (U+00A0 or U+202F, both accepted) before ; : ! ? and inside « »", () => {
    const en = "“It was a war,” she says: really?";
    expect(frenchSpaces.run(pair(en, "«\u00a0C’était une guerre\u00a0», dit-elle\u202f: vraiment\u00a0? À 13:30.", "fr"))).toEqual([]);
    expect(frenchSpaces.run(pair(en, "«\u202fC’était une guerre\u202f», dit-elle\u00a0: vraiment\u202f?", "fr"))).toEqual([]);
    expect(frenchSpaces.run(pair(en, "« C’était une guerre », dit-elle : vraiment?", "fr"))).toEqual([
      { id: "typography-french-spaces", detail: "»" },
      { id: "typography-french-spaces", detail: ":" },
      { id: "typography-french-spaces", detail: "?" },
      { id: "typography-french-spaces", detail: "«" },
    ]);
    // not for English or Russian targets
    expect(frenchSpaces.run(pair(SOURCE, "She says: really?", "en"))).toEqual([]);
  });

  it("double spaces and spaces at the edges, fr→en and fr→ru", () => {
    expect(doubleSpace.run(pair(SOURCE, "It was  a war.", "en"))).toEqual([{ id: "double-space" }]);
    expect(doubleSpace.run(pair(SOURCE, "Это была \u00a0война.", "ru"))).toEqual([{ id: "double-space" }]);
    expect(doubleSpace.run(pair(SOURCE, "It was a war.", "en"))).toEqual([]);
    expect(edgeSpaces.run(pair(SOURCE, " It was a war.", "en"))).toEqual([{ id: "edge-spaces" }]);
    expect(edgeSpaces.run(pair(SOURCE, "Это была война. ", "ru"))).toEqual([{ id: "edge-spaces" }]);
    expect(edgeSpaces.run(pair(SOURCE, "Это была война.", "ru"))).toEqual([]);
    expect(edgeSpaces.run(pair(SOURCE, "   ", "ru"))).toEqual([]);
  });
});
