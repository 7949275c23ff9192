import { describe, expect, it } from "vitest";
import { inconsistent, othersRelevantTo } from "./inconsistent";
import { pair } from "./testing";

const SOURCE = "La situation reste très tendue à Almaty. Les magasins sont fermés.";

describe("inconsistent: the same source sentence translated differently in the report (warning)", () => {
  it("names the other paragraph, fr→en and fr→ru", () => {
    const othersEn = [{ paragraphKey: "p-other", source: "La situation reste très tendue à Almaty. Rien de plus.", text: "The situation remains very tense in Almaty. Nothing more." }];
    expect(inconsistent.run(pair(SOURCE, "Things are still very tense in Almaty. Shops are closed.", "en", { others: othersEn }))).toEqual([
      { id: "inconsistent", detail: "p-other" },
    ]);
    const othersRu = [{ paragraphKey: "p-other", source: "La situation reste très tendue à Almaty.", text: "Ситуация в Алматы остаётся очень напряжённой." }];
    expect(inconsistent.run(pair(SOURCE, "В Алматы по-прежнему очень напряжённо. Магазины закрыты.", "ru", { others: othersRu }))).toEqual([
      { id: "inconsistent", detail: "p-other" },
    ]);
  });

  it("accepts the same translation, other sentences, and the paragraph itself", () => {
    const others = [
      { paragraphKey: "p-other", source: "La situation reste très tendue à Almaty.", text: "The situation remains very tense in Almaty." },
      { paragraphKey: "p-third", source: "Autre chose entièrement, sans rapport.", text: "Something else entirely." },
      { paragraphKey: "p-this", source: SOURCE, text: "Whatever it was before. Shops." },
    ];
    expect(inconsistent.run(pair(SOURCE, "The situation remains very tense in Almaty. Shops are closed.", "en", { others }))).toEqual([]);
    expect(inconsistent.run(pair(SOURCE, "Ситуация в Алматы остаётся очень напряжённой. Магазины закрыты.", "ru"))).toEqual([]);
  });
});

describe("othersRelevantTo: the paragraphs the check can name for a page of sources", () => {
  const others = [
    { paragraphKey: "p-other", source: "La situation reste très tendue à Almaty. Rien de plus.", text: "x" },
    { paragraphKey: "p-third", source: "Autre chose entièrement, sans rapport.", text: "y" },
    { paragraphKey: "p-short", source: "Oui. Non. Peut-être bien, dit-il.", text: "z" },
    { paragraphKey: "p-same-short", source: "Avant. Oui. Non. Peut-être bien, dit-il. Après.", text: "w" },
  ];

  it("keeps those sharing a sentence or the whole text, and every one the check would name", () => {
    const sources = [SOURCE, "Oui. Non. Peut-être bien, dit-il."];
    expect(othersRelevantTo(others, sources, "fr").map((other) => other.paragraphKey)).toEqual(["p-other", "p-short", "p-same-short"]);
    // the filtered context names what the whole one names
    const run = (list: typeof others) => inconsistent.run(pair(SOURCE, "Things are still very tense in Almaty. Shops are closed.", "en", { others: list.map((other) => ({ ...other, text: "The situation remains very tense in Almaty. Nothing more." })) }));
    expect(run(othersRelevantTo(others, sources, "fr"))).toEqual(run(others));
  });

  it("keeps none for sources too short to compare", () => {
    expect(othersRelevantTo(others, ["Oui.", "Non."], "fr")).toEqual([]);
  });
});
