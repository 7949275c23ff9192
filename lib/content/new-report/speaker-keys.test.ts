import { describe, expect, it } from "vitest";
import { speakerKeys } from "./speaker-keys";

describe("speakerKeys", () => {
  it("keys a person by surname and a source by its words, numbering a key two would share", () => {
    const people = [
      { name: "Aïguerim Agyltaeïeva", role: null },
      { name: "le gouvernement", role: null },
      { name: "Jean Dupont", role: null },
      { name: "Marie Dupont", role: null },
      { name: "Dinara", role: null },
    ];
    expect([...speakerKeys(people).values()]).toEqual(["agyltaeieva", "gouvernement", "dupont", "dupont-2", "dinara"]);
  });
});
