import { describe, expect, it } from "vitest";
import { pivotLanguageFor } from "./pivot";

describe("pivotLanguageFor", () => {
  it("is the other target language", () => {
    expect(pivotLanguageFor("ru")).toBe("en");
    expect(pivotLanguageFor("en")).toBe("ru");
  });
});
