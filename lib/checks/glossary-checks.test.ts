import { describe, expect, it } from "vitest";
import type { GlossaryTerm } from "@/lib/glossary/match-terms";
import { glossaryDoNotTranslate, glossaryForbidden, glossaryMissing } from "./glossary-checks";
import { pair } from "./testing";

function term(sourceTerm: string, translations: string[], flags: Partial<GlossaryTerm> = {}): GlossaryTerm {
  return { id: sourceTerm, sourceTerm, translations, note: null, partOfSpeech: null, exactForm: false, caseSensitive: false, doNotTranslate: false, isForbidden: false, ...flags };
}

const EN = [term("OTSC", ["CSTO"]), term("Almaty", ["Almaty"], { exactForm: true }), term("Amnesty International", [], { doNotTranslate: true })];
const RU = [term("OTSC", ["ОДКБ"]), term("Kazakhstan", ["Казахстан"]), term("Almaty", ["Алматы"], { exactForm: true }), term("Amnesty International", [], { doNotTranslate: true })];

describe("glossary: required translation missing (warning)", () => {
  it("accepts the required translation, inflected where the entry allows it", () => {
    expect(glossaryMissing.run(pair("les troupes de l’OTSC", "CSTO troops", "en", { glossary: EN }))).toEqual([]);
    expect(glossaryMissing.run(pair("au Kazakhstan", "в Казахстане", "ru", { glossary: RU }))).toEqual([]);
  });

  it("names the term whose translation is not there, or is in a form the entry refuses", () => {
    expect(glossaryMissing.run(pair("les troupes de l’OTSC", "OTSC troops", "en", { glossary: EN }))).toEqual([{ id: "glossary-missing", detail: "OTSC → CSTO" }]);
    expect(glossaryMissing.run(pair("à Almaty", "в Алмате", "ru", { glossary: RU }))).toEqual([{ id: "glossary-missing", detail: "Almaty → Алматы" }]);
  });

  it("says nothing without a glossary", () => {
    expect(glossaryMissing.run(pair("l’OTSC", "OTSC", "en"))).toEqual([]);
  });
});

describe("glossary: forbidden translation used (error)", () => {
  const forbidden = [term("Otan", ["OTAN"], { isForbidden: true }), term("Otan", ["ОТАН"], { isForbidden: true })].map((entry, index) => ({ ...entry, id: `f${index}` }));
  it("flags the forbidden rendering, fr→en and fr→ru", () => {
    expect(glossaryForbidden.run(pair("un mini-Otan", "a mini-OTAN", "en", { glossary: [forbidden[0]] }))).toEqual([{ id: "glossary-forbidden", detail: "OTAN" }]);
    expect(glossaryForbidden.run(pair("un mini-Otan", "мини-ОТАН", "ru", { glossary: [forbidden[1]] }))).toEqual([{ id: "glossary-forbidden", detail: "ОТАН" }]);
    expect(glossaryForbidden.severity).toBe("error");
  });
  it("accepts any other rendering", () => {
    expect(glossaryForbidden.run(pair("un mini-Otan", "a mini-NATO", "en", { glossary: [forbidden[0]] }))).toEqual([]);
    expect(glossaryForbidden.run(pair("un mini-Otan", "мини-НАТО", "ru", { glossary: [forbidden[1]] }))).toEqual([]);
  });
});

describe("glossary: do-not-translate term changed (error)", () => {
  it("flags a name translated or changed, fr→en and fr→ru", () => {
    expect(glossaryDoNotTranslate.run(pair("selon Amnesty International", "according to Amnistía Internacional", "en", { glossary: EN }))).toEqual([
      { id: "glossary-do-not-translate", detail: "Amnesty International" },
    ]);
    expect(glossaryDoNotTranslate.run(pair("selon Amnesty International", "по данным Международной амнистии", "ru", { glossary: RU }))).toEqual([
      { id: "glossary-do-not-translate", detail: "Amnesty International" },
    ]);
  });
  it("accepts the name kept as written", () => {
    expect(glossaryDoNotTranslate.run(pair("selon Amnesty International", "according to Amnesty International", "en", { glossary: EN }))).toEqual([]);
    expect(glossaryDoNotTranslate.run(pair("selon Amnesty International", "по данным Amnesty International", "ru", { glossary: RU }))).toEqual([]);
  });
});
