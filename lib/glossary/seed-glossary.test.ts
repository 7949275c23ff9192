import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import { parseReport } from "@/lib/content/parse-report";
import { DEFAULT_CONTENT_DIR } from "@/lib/content/report-files";
import { loadTranslationFiles } from "@/lib/content/load-translation-files";
import { TARGET_LANGUAGES } from "@/lib/languages";
import { parseInlineMarkup, plainText } from "@/lib/quotes/inline-markup";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { REPORT_GLOSSARY } from "@/prisma/glossary";
import { glossaryTerms } from "./glossary-terms";
import { findRendering, findTermsInSource, requiredRenderings } from "./match-terms";
import { seedGlossary } from "./seed-glossary";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

const SLUG = "almaty-janvier-2022";
const plain = (markup: string) => plainText(parseInlineMarkup(markup).segments);

describe("the report's glossary", () => {
  it("is seeded once: a second run, or a reviewer's edit, is left alone", async () => {
    expect(await seedGlossary(test.db, REPORT_GLOSSARY)).toEqual({ created: REPORT_GLOSSARY.length });
    const otsc = await test.db.glossaryEntry.findFirstOrThrow({ where: { targetLanguage: "ru", sourceTerm: "OTSC" } });
    await test.db.glossaryEntry.update({ where: { id: otsc.id }, data: { note: "edited by a reviewer" } });
    expect(await seedGlossary(test.db, REPORT_GLOSSARY)).toEqual({ created: 0 });
    expect(await test.db.glossaryEntry.count()).toBe(REPORT_GLOSSARY.length);
    expect((await test.db.glossaryEntry.findUniqueOrThrow({ where: { id: otsc.id } })).note).toBe("edited by a reviewer");
    const ru = await glossaryTerms(test.db, { sourceLanguage: "fr", targetLanguage: "ru" });
    expect(ru.find((term) => term.sourceTerm === "Almaty" && !term.isForbidden)).toMatchObject({ translations: ["Алматы"], exactForm: true });
    expect(ru.find((term) => term.sourceTerm === "France 24")).toMatchObject({ translations: [], doNotTranslate: true });
  });

  // The glossary and the matcher against the real text: every term the source paragraph holds is
  // rendered as the glossary requires in the drafts, and no forbidden rendering is used.
  it.each(TARGET_LANGUAGES.map((language) => ({ language })))("agrees with the $language drafts of the report", ({ language }) => {
    const report = parseReport(fs.readFileSync(`${DEFAULT_CONTENT_DIR}/reports/${SLUG}.mdx`, "utf8"), `${SLUG}.mdx`);
    const drafts = loadTranslationFiles(DEFAULT_CONTENT_DIR, SLUG)[language]!.paragraphs;
    const terms = REPORT_GLOSSARY.filter((entry) => entry.pair === `fr-${language}`).map((entry, index) => ({
      id: String(index), note: null, partOfSpeech: null, exactForm: false, caseSensitive: false, doNotTranslate: false, isForbidden: false, translations: [], ...entry,
    }));
    const disagreements: string[] = [];
    const seen = new Set<string>();
    for (const unit of report.units) {
      const target = drafts[unit.key];
      if (target === undefined) continue;
      for (const { term } of findTermsInSource(plain(unit.text), terms, "fr")) {
        seen.add(term.sourceTerm);
        const found = findRendering(plain(target), requiredRenderings(term), language, term);
        if (term.isForbidden ? found : !found) disagreements.push(`${unit.key}: ${term.sourceTerm}${term.isForbidden ? " (forbidden)" : ""}`);
      }
    }
    expect(disagreements).toEqual([]);
    // Every seeded term occurs in the report (the forbidden rendering shares Almaty's words).
    expect([...seen].sort()).toEqual([...new Set(terms.map((term) => term.sourceTerm))].sort());
  });
});
