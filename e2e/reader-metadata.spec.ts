import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect, test, type Page } from "@playwright/test";
import { readerPath } from "./fixtures/reader";
import { SEED_SLUG } from "./fixtures/seed-report";

type JsonLd = Record<string, unknown> & {
  translator?: { "@type": string; name: string }[];
  correction?: { "@type": string; text: string; datePublished: string }[];
  translationOfWork?: { url: string; inLanguage: string };
  workTranslation?: { url: string; inLanguage: string }[];
};

async function jsonLd(page: Page): Promise<JsonLd> {
  const scripts = page.locator('script[type="application/ld+json"]');
  await expect(scripts).toHaveCount(1);
  return JSON.parse((await scripts.textContent()) ?? "") as JsonLd;
}

const meta = (page: Page, attribute: "property" | "name", key: string) => page.locator(`head meta[${attribute}="${key}"]`).getAttribute("content");

test("each language edition describes itself in JSON-LD: a NewsArticle in its language, its original or translations, translators and corrections", async ({ page }) => {
  await page.goto(readerPath("en", SEED_SLUG));
  const english = await jsonLd(page);
  expect(english).toMatchObject({ "@context": "https://schema.org", "@type": "NewsArticle", inLanguage: "en", datePublished: "2022-01" });
  expect(english.headline).toMatch(/^Kazakhstan: a week after the crackdown/);
  expect(english.url).toMatch(new RegExp(`/en/reports/${SEED_SLUG}$`));
  expect(english.translationOfWork).toMatchObject({ inLanguage: "fr", url: expect.stringMatching(new RegExp(`/fr/reports/${SEED_SLUG}$`)) });
  expect(english.translator!.map((person) => person.name)).toEqual(expect.arrayContaining(["Emma Clarke", "James Porter"]));
  expect(english.translator!.every((person) => person["@type"] === "Person")).toBe(true);
  expect(Date.parse(String(english.dateModified))).not.toBeNaN();
  expect(english.correction).toEqual([
    { "@type": "CorrectionComment", text: expect.stringMatching(/^Paragraph 14 of the original was corrected on /), datePublished: expect.any(String) },
  ]);

  await page.goto(readerPath("fr", SEED_SLUG));
  const original = await jsonLd(page);
  expect(original.inLanguage).toBe("fr");
  expect(original.workTranslation!.map((work) => work.inLanguage)).toEqual(["en", "ru"]);
  expect(original).not.toHaveProperty("translator");

  await page.goto(readerPath("ru", SEED_SLUG));
  const russian = await jsonLd(page);
  expect(russian.translator!.map((person) => person.name)).toEqual(expect.arrayContaining(["Irina Volkova"]));
  expect(russian.correction![0].text).toMatch(/^Абзац 14 оригинала исправлен /);
});

test("OpenGraph and Twitter card tags per language, and the feed is announced", async ({ page }) => {
  for (const [ui, locale, title] of [
    ["en", "en_GB", /^Kazakhstan: a week after/],
    ["ru", "ru_RU", /^Казахстан: через неделю/],
    ["fr", "fr_FR", /^Kazakhstan : une semaine après/],
  ] as const) {
    await page.goto(readerPath(ui, SEED_SLUG));
    expect(await meta(page, "property", "og:type")).toBe("article");
    expect(await meta(page, "property", "og:locale")).toBe(locale);
    expect(await meta(page, "property", "og:title")).toMatch(title);
    expect(await meta(page, "property", "og:url")).toMatch(new RegExp(`/${ui}/reports/${SEED_SLUG}$`));
    expect((await meta(page, "property", "og:description"))!.length).toBeGreaterThan(40);
    expect(await meta(page, "name", "twitter:card")).toBe("summary");
    expect(await meta(page, "name", "twitter:title")).toMatch(title);
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", new RegExp(`/${ui}/feed.xml$`));
  }
});

test("an Atom feed per language lists the report with its translation progress, and validates", async ({ request }) => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
  for (const [ui, title, progress] of [
    ["en", /^Kazakhstan: a week after/, /^English translation: \d+ of 21 paragraphs approved, \d+ in review, 1 being revised after a correction\.$/],
    ["ru", /^Казахстан: через неделю/, /^Перевод на русский: одобрено абзацев — \d+ из 21/],
    ["fr", /^Kazakhstan : une semaine après/, /^Traduction en anglais : \d+ paragraphes approuvés sur 21.* Traduction en russe/],
  ] as const) {
    const response = await request.get(`/${ui}/feed.xml`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = parser.parse(xml) as { feed: Record<string, unknown> & { entry: Record<string, unknown> | Record<string, unknown>[] } };
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed["@xml:lang"]).toBe(ui);
    const entries = ([] as Record<string, unknown>[]).concat(feed.entry);
    const entry = entries.find((candidate) => String((candidate.link as Record<string, string>)["@href"]).endsWith(`/${ui}/reports/${SEED_SLUG}`))!;
    expect(entry, ui).toBeDefined();
    expect((entry.title as Record<string, string>)["#text"]).toMatch(title);
    expect((entry.summary as Record<string, string>)["#text"].replace(/\s/g, " ")).toMatch(progress);
    expect(Date.parse(String(entry.updated))).not.toBeNaN();
  }
  expect((await request.get("/xx/feed.xml")).status()).toBe(404);
});
