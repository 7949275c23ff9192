import { describe, expect, it } from "vitest";
import { checkLanguageConfiguration, dirAttribute, reportLanguages, reportTargetLanguages, storedTargetLanguages, TARGET_LANGUAGES } from "./languages";

const settings = { openGraphLocale: "xx_XX", direction: "ltr" as const };

describe("the languages' configuration (content/languages.json)", () => {
  it("is the newsroom's: French into English and Russian", () => {
    expect(TARGET_LANGUAGES).toEqual(["en", "ru"]);
    expect(dirAttribute("ru")).toBeUndefined();
  });

  it("refuses what the app could not honour", () => {
    const valid = { source: "fr", targets: ["en"], languages: { fr: settings, en: settings } };
    expect(checkLanguageConfiguration(valid)).toBe(valid);
    expect(() => checkLanguageConfiguration({ ...valid, targets: ["de"] })).toThrow(/"de" has no entry/);
    expect(() => checkLanguageConfiguration({ ...valid, targets: ["en-GB"] })).toThrow(/not a language code/);
    expect(() => checkLanguageConfiguration({ ...valid, targets: ["en", "en"] })).toThrow(/listed twice/);
    expect(() => checkLanguageConfiguration({ ...valid, targets: [] })).toThrow(/no target language/);
    expect(() => checkLanguageConfiguration({ ...valid, languages: { ...valid.languages, en: { ...settings, direction: "up" as "ltr" } } })).toThrow(/direction/);
  });
});

describe("a report's target languages as stored (Report.targetLanguages)", () => {
  it("null is every configured target language; a list keeps the configured order and drops codes no longer configured", () => {
    expect(reportTargetLanguages(null)).toEqual(["en", "ru"]);
    expect(reportTargetLanguages("ru,en")).toEqual(["en", "ru"]);
    expect(reportTargetLanguages("en,de")).toEqual(["en"]);
    expect(reportLanguages("en")).toEqual(["fr", "en"]);
  });

  it("is written from the front matter's list, null when it has none", () => {
    expect(storedTargetLanguages(undefined)).toBeNull();
    expect(storedTargetLanguages(["ru", "en"])).toBe("en,ru");
  });
});
