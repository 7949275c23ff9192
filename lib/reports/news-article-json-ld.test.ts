import { describe, expect, it } from "vitest";
import type { ReaderCell, ReaderReport } from "./get-reader-report";
import { jsonLdScript, newsArticleJsonLd } from "./news-article-json-ld";

const approved = (language: "en" | "ru", writtenBy: string, day: number): ReaderCell => ({
  language,
  status: "approved",
  approved: { text: "t", version: 1, ownWords: {}, writtenBy, note: null, by: "Reviewer", at: new Date(Date.UTC(2026, 10, day)) },
  pending: null,
  approvedSource: null,
});
const missing = (language: "en" | "ru"): ReaderCell => ({ language, status: "missing", approved: null, pending: null, approvedSource: null });

const report: ReaderReport = {
  slug: "almaty",
  title: "Kazakhstan : une semaine après",
  titles: { en: "Kazakhstan: a week after" },
  date: "2022-01",
  outlet: "France 24",
  originalLanguage: "fr",
  languages: ["en", "ru"],
  quotes: [],
  speakers: {},
  rows: [
    { key: "a", kind: "paragraph", source: "A", cells: { en: approved("en", "Emma Clarke", 3), ru: missing("ru") }, corrections: [] },
    {
      key: "b",
      kind: "paragraph",
      source: "B",
      cells: { en: approved("en", "James Porter", 5), ru: missing("ru") },
      corrections: [{ at: new Date(Date.UTC(2026, 10, 9)), before: "B0", after: "B" }],
    },
    { key: "c", kind: "paragraph", source: "C", cells: { en: approved("en", "Emma Clarke", 4), ru: missing("ru") }, corrections: [] },
  ],
};

const build = (language: string) =>
  newsArticleJsonLd({ report, language, origin: "https://news.example", publisher: "Newsroom", describeCorrection: ({ number }) => `Paragraph ${number} corrected.` });

describe("newsArticleJsonLd", () => {
  it("a translation names its original, its translators (whose words were approved) and its corrections", () => {
    const data = JSON.parse(jsonLdScript(build("en"))) as Record<string, unknown>;
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      url: "https://news.example/en/reports/almaty",
      inLanguage: "en",
      headline: "Kazakhstan: a week after",
      datePublished: "2022-01",
      dateModified: "2026-11-09T00:00:00.000Z",
      translationOfWork: { "@type": "NewsArticle", url: "https://news.example/fr/reports/almaty", inLanguage: "fr" },
      translator: [
        { "@type": "Person", name: "Emma Clarke" },
        { "@type": "Person", name: "James Porter" },
      ],
      correction: [{ "@type": "CorrectionComment", text: "Paragraph 2 corrected.", datePublished: "2026-11-09T00:00:00.000Z" }],
    });
    expect(data).not.toHaveProperty("workTranslation");
  });

  it("the original names its translations; an edition with nothing approved credits no one", () => {
    const original = build("fr");
    expect(original.workTranslation).toEqual([
      { "@type": "NewsArticle", "@id": "https://news.example/en/reports/almaty", url: "https://news.example/en/reports/almaty", inLanguage: "en", headline: "Kazakhstan: a week after" },
      { "@type": "NewsArticle", "@id": "https://news.example/ru/reports/almaty", url: "https://news.example/ru/reports/almaty", inLanguage: "ru", headline: "Kazakhstan : une semaine après" },
    ]);
    expect(original).not.toHaveProperty("translator");
    expect(build("ru").translator).toEqual([]);
  });

  it("a report translated into English only names that translation alone; a language outside the interface is read beside the original", () => {
    const englishOnly = { ...report, languages: ["en"], rows: report.rows.map((row) => ({ ...row, cells: { en: row.cells.en } })) };
    const of = (language: string, value: ReaderReport) =>
      newsArticleJsonLd({ report: value, language, origin: "https://news.example", publisher: "Newsroom", describeCorrection: () => "" });
    expect((of("fr", englishOnly).workTranslation as { inLanguage: string }[]).map((edition) => edition.inLanguage)).toEqual(["en"]);
    expect(of("ru", englishOnly)).not.toHaveProperty("translationOfWork");
    const withGerman = { ...report, languages: ["en", "ru", "de"], rows: report.rows.map((row) => ({ ...row, cells: { ...row.cells, de: { ...missing("ru"), language: "de" } } })) };
    expect((of("fr", withGerman).workTranslation as { url: string }[])[2].url).toBe("https://news.example/fr/reports/almaty?cols=fr,de");
  });

  it("never lets a text close its script element", () => {
    expect(jsonLdScript({ headline: "</script><script>alert(1)</script>" })).not.toContain("</script>");
  });
});
