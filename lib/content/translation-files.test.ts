import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONTENT_DIR } from "@/lib/content/report-files";
import { parseInlineMarkup, plainText } from "@/lib/quotes/inline-markup";
import { checkTranslationText } from "@/lib/translations/validate-text";
import { loadTranslationFiles } from "./load-translation-files";
import { parseReport } from "./parse-report";

const SLUG = "almaty-janvier-2022";
const file = path.join(DEFAULT_CONTENT_DIR, "reports", `${SLUG}.mdx`);
const report = parseReport(fs.readFileSync(file, "utf8"), file);
const translations = loadTranslationFiles(DEFAULT_CONTENT_DIR, SLUG);
const all = (language: "en" | "ru") => Object.values(translations[language]!.paragraphs).map((text) => plainText(parseInlineMarkup(text).segments)).join("\n");

describe("the English and Russian first drafts in content/translations", () => {
  it.each(["en", "ru"] as const)("%s translates every unit of the report, and nothing else", (language) => {
    expect(Object.keys(translations[language]!.paragraphs).sort()).toEqual(report.units.map((unit) => unit.key).sort());
    expect(translations[language]!.title.length).toBeGreaterThan(20);
  });

  it.each(["en", "ru"] as const)("%s keeps every quotation of the original as its own span, once", (language) => {
    for (const unit of report.units) {
      const { problems } = checkTranslationText(translations[language]!.paragraphs[unit.key], unit.quotes.map((quote) => quote.key));
      expect(problems, unit.key).toEqual([]);
    }
  });

  it("writes Russian with « » and the usual Russian forms", () => {
    const russian = all("ru");
    expect(russian).not.toMatch(/["“”]/);
    expect(russian).toContain("«");
    for (const form of ["Касым-Жомарт Токаев", "ОДКБ", "КНБ", "Алматы"]) expect(russian).toContain(form);
  });

  it("writes English with the usual English forms", () => {
    const english = all("en");
    for (const form of ["Kassym-Jomart Tokayev", "CSTO", "KNB", "Almaty"]) expect(english).toContain(form);
    expect(english).not.toMatch(/Tokaev|OTSC/);
  });
});
