import { describe, expect, it } from "vitest";
import { lengthRatio } from "./length-ratio-check";
import { pair } from "./testing";

const SOURCE = "Les forces de l’ordre ont tiré sur la foule rassemblée devant la mairie."; // 72 characters
const usual = { median: 1, spread: 0.1, samples: 40 };

describe("length far from the usual ratio (warning)", () => {
  it("accepts a translation of about the usual length, fr→en and fr→ru", () => {
    expect(lengthRatio.run(pair(SOURCE, "Law enforcement fired on the crowd gathered in front of the town hall.", "en", { lengthRatio: usual }))).toEqual([]);
    expect(lengthRatio.run(pair(SOURCE, "Силовики открыли огонь по толпе, собравшейся перед зданием мэрии.", "ru", { lengthRatio: usual }))).toEqual([]);
  });

  it("flags one far shorter or longer, with its share of the usual length", () => {
    expect(lengthRatio.run(pair(SOURCE, "Police fired.", "en", { lengthRatio: usual }))).toEqual([{ id: "length-ratio", detail: "18 %" }]);
    const twice = "Силовики открыли огонь по толпе, собравшейся перед зданием мэрии. ".repeat(2).trim();
    expect(lengthRatio.run(pair(SOURCE, twice, "ru", { lengthRatio: usual }))).toEqual([{ id: "length-ratio", detail: "182 %" }]);
  });

  it("learns the ratio: the same text is usual for a pair whose translations run longer", () => {
    const twice = "Силовики открыли огонь по толпе, собравшейся перед зданием мэрии. ".repeat(2).trim();
    expect(lengthRatio.run(pair(SOURCE, twice, "ru", { lengthRatio: { median: 1.8, spread: 0.2, samples: 40 } }))).toEqual([]);
  });

  it("stays silent without a ratio, with too few samples, or on a short source", () => {
    expect(lengthRatio.run(pair(SOURCE, "Police fired.", "en"))).toEqual([]);
    expect(lengthRatio.run(pair(SOURCE, "Police fired.", "en", { lengthRatio: { ...usual, samples: 3 } }))).toEqual([]);
    expect(lengthRatio.run(pair("Almaty", "Алматы, крупнейший город Казахстана", "ru", { lengthRatio: usual }))).toEqual([]);
  });
});
