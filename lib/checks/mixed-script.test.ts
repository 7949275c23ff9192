import { describe, expect, it } from "vitest";
import { mixedScript } from "./mixed-script";
import { pair } from "./testing";

describe("mixed scripts in a word (error)", () => {
  it("flags a Latin letter inside a Cyrillic word (fr→ru) and a Cyrillic one in a Latin word (fr→en)", () => {
    // "Алмaты" with a Latin a; "Almаty" with a Cyrillic а
    expect(mixedScript.run(pair("à Almaty", "в Алмaты", "ru"))).toEqual([{ id: "mixed-script", detail: "Алмaты" }]);
    expect(mixedScript.run(pair("à Almaty", "in Almаty", "en"))).toEqual([{ id: "mixed-script", detail: "Almаty" }]);
    expect(mixedScript.severity).toBe("error");
  });

  it("accepts words of one script side by side, hyphenated or not", () => {
    expect(mixedScript.run(pair("Almaty TV", "телеканал Almaty TV, ОДКБ, Касым-Жомарт", "ru"))).toEqual([]);
    expect(mixedScript.run(pair("à Almaty", "in Almaty", "en"))).toEqual([]);
  });
});
