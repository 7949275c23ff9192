import { describe, expect, it } from "vitest";
import { safeNextPath, signInPath } from "./sign-in-path";

describe("where signing in leads", () => {
  it("leads from the public home, or from nowhere, to the person's work", () => {
    expect(safeNextPath("/en", "en")).toBe("/en/work");
    expect(safeNextPath("/ru/", "en")).toBe("/ru/work");
    expect(safeNextPath("/", "fr")).toBe("/fr/work");
    expect(safeNextPath(undefined, "ru")).toBe("/ru/work");
    expect(safeNextPath("/en/reports/almaty-janvier-2022", "en")).toBe("/en/reports/almaty-janvier-2022");
  });

  it("goes back to a path on this site", () => {
    expect(safeNextPath("/ru/translate/almaty-janvier-2022/ru?filter=draft#p-two", "ru")).toBe("/ru/translate/almaty-janvier-2022/ru?filter=draft#p-two");
  });

  it.each(["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/en/sign-in?next=/en", "", undefined, 42])(
    "refuses %s and goes home instead",
    (next) => {
      expect(safeNextPath(next, "en")).toBe("/en/work");
    },
  );

  it("builds the sign-in link that comes back", () => {
    expect(signInPath("fr", "/fr/account")).toBe("/fr/sign-in?next=%2Ffr%2Faccount");
  });
});
