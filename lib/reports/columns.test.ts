import { describe, expect, it } from "vitest";
import { defaultColumns, formatColumns, parseColumns } from "./columns";

describe("reader columns", () => {
  it("shows the original and the interface language's version by default", () => {
    expect(defaultColumns("fr")).toEqual(["fr", "en"]);
    expect(defaultColumns("en")).toEqual(["fr", "en"]);
    expect(defaultColumns("ru")).toEqual(["fr", "ru"]);
  });

  it("keeps the order given in the URL and drops unknown or repeated languages", () => {
    expect(parseColumns("ru,fr,de,ru")).toEqual(["ru", "fr"]);
    expect(parseColumns(" en ")).toEqual(["en"]);
  });

  it("falls back when nothing usable is given", () => {
    expect(parseColumns("")).toBeNull();
    expect(parseColumns("de,xx")).toBeNull();
    expect(parseColumns(undefined)).toBeNull();
  });

  it("offers only the report's own languages: a report translated into English only", () => {
    expect(defaultColumns("ru", ["fr", "en"])).toEqual(["fr", "en"]);
    expect(parseColumns("ru,en,fr", ["fr", "en"])).toEqual(["en", "fr"]);
    expect(parseColumns("ru", ["fr", "en"])).toBeNull();
  });

  it("writes columns back in order", () => {
    expect(formatColumns(["ru", "en", "fr"])).toBe("ru,en,fr");
  });
});
