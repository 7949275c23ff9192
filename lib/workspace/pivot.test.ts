import { describe, expect, it } from "vitest";
import { pivotLanguageFor } from "./pivot";

describe("pivotLanguageFor", () => {
  it("is the other target language", () => {
    expect(pivotLanguageFor("ru")).toBe("en");
    expect(pivotLanguageFor("en")).toBe("ru");
  });

  it("is among the report's own target languages: none for a report translated into English only", () => {
    expect(pivotLanguageFor("en", ["en"])).toBeNull();
    expect(pivotLanguageFor("de", ["en", "ru", "de"])).toBe("en");
  });
});
