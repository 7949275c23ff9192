import { describe, expect, it } from "vitest";
import { findRendering, findTermsInSource, type GlossaryTerm } from "./match-terms";

function term(sourceTerm: string, overrides: Partial<GlossaryTerm> = {}): GlossaryTerm {
  return {
    id: sourceTerm,
    sourceTerm,
    translations: [],
    note: null,
    partOfSpeech: null,
    exactForm: false,
    caseSensitive: false,
    doNotTranslate: false,
    isForbidden: false,
    ...overrides,
  };
}

const loose = { exactForm: false, caseSensitive: false };
const exact = { exactForm: true, caseSensitive: false };

function found(text: string, terms: GlossaryTerm[]) {
  return findTermsInSource(text, terms, "fr").map((o) => text.slice(o.start, o.end));
}

describe("findTermsInSource", () => {
  it("finds Kazakhstan in « au Kazakhstan », with its offsets", () => {
    const text = "Les manifestations au Kazakhstan ont commencé.";
    const [occurrence] = findTermsInSource(text, [term("Kazakhstan")], "fr");
    expect(occurrence).toMatchObject({ start: 22, end: 32 });
    expect(text.slice(occurrence.start, occurrence.end)).toBe("Kazakhstan");
  });

  it("finds a word after an elision and inside a hyphenated compound", () => {
    expect(found("l’OTSC, le « mini-Otan »", [term("OTSC"), term("Otan")])).toEqual(["OTSC", "Otan"]);
  });

  it("finds multi-word terms, with spaces or hyphens between the words", () => {
    const terms = [term("Kassym Jomart Tokaev"), term("Amnesty International")];
    expect(found("Le président Kassym Jomart Tokaev, selon Amnesty International.", terms)).toEqual([
      "Kassym Jomart Tokaev",
      "Amnesty International",
    ]);
    expect(found("Kassym-Jomart Tokaev", terms)).toEqual(["Kassym-Jomart Tokaev"]);
  });

  it("finds French inflections of a term (plural)", () => {
    expect(found("Des manifestants sont morts.", [term("manifestant")])).toEqual(["manifestants"]);
  });

  it("never matches inside another word", () => {
    expect(found("une soutane, les KNBX, Almatyville", [term("Otan"), term("KNB"), term("Almaty")])).toEqual([]);
    expect(found("Sotan", [term("Otan")])).toEqual([]);
  });

  it("does not join the words of a term across punctuation", () => {
    expect(found("à Almaty. TV et radio", [term("Almaty TV", { doNotTranslate: true })])).toEqual([]);
  });

  it("keeps the longest of overlapping terms and lists occurrences in reading order", () => {
    const terms = [term("Almaty"), term("Almaty TV")];
    const text = "La chaîne Almaty TV, à Almaty.";
    const occurrences = findTermsInSource(text, terms, "fr");
    expect(occurrences.map((o) => [o.term.sourceTerm, text.slice(o.start, o.end)])).toEqual([
      ["Almaty TV", "Almaty TV"],
      ["Almaty", "Almaty"],
    ]);
  });

  it("lists every entry for exactly the same words (a required and a forbidden rendering)", () => {
    const required = term("Almaty", { translations: ["Алматы"], exactForm: true });
    const forbidden = term("Almaty", { id: "forbidden", translations: ["Алма-Ата"], isForbidden: true });
    const occurrences = findTermsInSource("à Almaty", [required, forbidden, term("Almaty TV")], "fr");
    expect(occurrences.map((o) => [o.term.id, o.start, o.end])).toEqual([
      ["Almaty", 2, 8],
      ["forbidden", 2, 8],
    ]);
  });

  it("honours case sensitivity", () => {
    expect(found("otan et Otan", [term("Otan", { caseSensitive: true })])).toEqual(["Otan"]);
    expect(found("otan et Otan", [term("Otan")])).toEqual(["otan", "Otan"]);
  });

  it("matches an exact-form term only as written", () => {
    expect(found("Almaty, Almatys", [term("Almaty", { exactForm: true })])).toEqual(["Almaty"]);
  });
});

describe("findRendering", () => {
  it("accepts the Russian case forms of Казахстан (stems казахста / казахстан: prefixes, not equal stems)", () => {
    expect(findRendering("События в Казахстане.", ["Казахстан"], "ru", loose)).toEqual({ start: 10, end: 20, text: "Казахстане" });
    expect(findRendering("Президент Казахстана", ["Казахстан"], "ru", loose)?.text).toBe("Казахстана");
    expect(findRendering("Казахстан", ["Казахстан"], "ru", loose)?.text).toBe("Казахстан");
  });

  it("refuses the wrong form Алмате for the exact-form Алматы, which its stem alone would accept", () => {
    expect(findRendering("в Алмате", ["Алматы"], "ru", exact)).toBeNull();
    expect(findRendering("в Алматы", ["Алматы"], "ru", exact)?.text).toBe("Алматы");
    expect(findRendering("в Алмате", ["Алматы"], "ru", loose)?.text).toBe("Алмате");
  });

  it("accepts declined multi-word names and refuses a word that only shares the stem's prefix", () => {
    const tokayev = ["Касым-Жомарт Токаев"];
    expect(findRendering("слова Касым-Жомарта Токаева", tokayev, "ru", loose)?.text).toBe("Касым-Жомарта Токаева");
    expect(findRendering("Касым-Жомарт Токарь", tokayev, "ru", loose)).toBeNull();
    expect(findRendering("Токарев", ["Токаев"], "ru", loose)).toBeNull();
  });

  it("finds English renderings and refuses them inside other words", () => {
    expect(findRendering("the Collective Security Treaty Organization (CSTO)", ["CSTO"], "en", loose)?.text).toBe("CSTO");
    expect(findRendering("the CSTO's and the CSTOs", ["CSTO"], "en", loose)?.text).toBe("CSTO");
    expect(findRendering("ACSTO and NATOwide", ["CSTO", "NATO"], "en", loose)).toBeNull();
    expect(findRendering("President Kassym-Jomart Tokayev's speech", ["Kassym-Jomart Tokayev"], "en", loose)?.text).toBe(
      "Kassym-Jomart Tokayev",
    );
  });

  it("answers the earliest of several candidates, and null when none is there", () => {
    expect(findRendering("НАТО и ОДКБ", ["ОДКБ", "НАТО"], "ru", loose)).toEqual({ start: 0, end: 4, text: "НАТО" });
    expect(findRendering("Организация", ["ОДКБ"], "ru", loose)).toBeNull();
    expect(findRendering("", ["ОДКБ"], "ru", loose)).toBeNull();
  });

  it("treats ё as е in Russian and is case-insensitive unless told otherwise", () => {
    expect(findRendering("ещё одна ОДКБ", ["одкб"], "ru", loose)?.text).toBe("ОДКБ");
    expect(findRendering("ещё одна одкб", ["ОДКБ"], "ru", { exactForm: false, caseSensitive: true })).toBeNull();
  });
});
