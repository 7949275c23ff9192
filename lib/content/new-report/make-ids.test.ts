import { describe, expect, it } from "vitest";
import { makeIdMaker } from "./make-ids";

describe("makeIdMaker", () => {
  it("makes ids from the first meaningful words, accents and ligatures transliterated", () => {
    const makeId = makeIdMaker();
    expect(makeId("p", "Que s’est-il réellement passé les 5 et 6 janvier ?")).toBe("p-reellement-passe-5-6");
    expect(makeId("q", "Le cœur d’Aïguerim")).toBe("q-coeur-aiguerim");
    expect(makeId("h", "« … »")).toBe("h-sans-mots");
  });

  it("numbers repeated ids in order and gives the same ids on every run", () => {
    const run = () => {
      const makeId = makeIdMaker();
      return ["Dans ma tête, c'était une guerre", "Dans ma tête, c’était une guerre", "Autre chose"].map((text) => makeId("q", text));
    };
    expect(run()).toEqual(["q-tete-etait-guerre", "q-tete-etait-guerre-2", "q-autre-chose"]);
    expect(run()).toEqual(run());
  });

  it("ids always pass the parser's id rule", () => {
    const makeId = makeIdMaker();
    for (const text of ["", "!!!", "Ça — là", "Касым-Жомарт Токаев", "10 000 €"]) expect(makeId("p", text)).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });
});
