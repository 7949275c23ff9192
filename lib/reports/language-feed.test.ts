import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { decideTranslation } from "@/lib/reviews/decide-translation";
import { saveTranslation } from "@/lib/translations/save-translation";
import { submitTranslation } from "@/lib/translations/submit-translation";
import { atomFeed } from "./atom-feed";
import { languageFeed, type FeedTexts } from "./language-feed";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

const texts: FeedTexts = {
  title: "Reports in English",
  subtitle: "How far each is translated",
  progress: (language, counts, total) => `${language}: ${counts.approved} of ${total} approved`,
  stateLabel: (state) => state.toUpperCase(),
};
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });

describe("languageFeed", () => {
  it("is Atom that a real parser reads: each report with its title and progress in that language, updated at its last approval", async () => {
    const { slug } = await createTestReport(test.db);
    const translator = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
    const reviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "en" }] });
    const ref = { slug, paragraphKey: "p-one", language: "en" };
    const { version } = await saveTranslation(test.db, { ...ref, actor: translator, text: "First paragraph.", baseVersion: 0 });
    await submitTranslation(test.db, { ...ref, actor: translator });
    await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version });
    const approvedAt = (await test.db.translation.findFirstOrThrow({ where: { language: "en", paragraph: { key: "p-one", report: { slug } } } })).approvedAt!;

    const xml = await languageFeed(test.db, { language: "en", origin: "https://news.example", texts });
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = parser.parse(xml) as { feed: Record<string, unknown> & { entry: Record<string, unknown> | Record<string, unknown>[] } };
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed["@xml:lang"]).toBe("en");
    expect(feed.id).toBe("https://news.example/en/feed.xml");
    const entries = Array.isArray(feed.entry) ? feed.entry : [feed.entry];
    const entry = entries.find((candidate) => (candidate.link as Record<string, string>)["@href"] === `https://news.example/en/reports/${slug}`)!;
    expect(entry).toBeDefined();
    expect((entry.title as Record<string, string>)["#text"]).toBe("Test report");
    expect(entry.updated).toBe(approvedAt.toISOString());
    expect((entry.summary as Record<string, string>)["#text"]).toBe("en: 1 of 3 approved");
    const categories = ([] as Record<string, string>[]).concat(entry.category as Record<string, string>[]);
    expect(categories.map((category) => category["@term"])).toContain("approved");
    expect(categories.find((category) => category["@term"] === "approved")!["@label"]).toBe("APPROVED: 1");
  });

  it("escapes every text, so a title cannot break the XML", () => {
    const xml = atomFeed({
      id: "x",
      url: "https://n/en",
      selfUrl: "https://n/en/feed.xml",
      language: "en",
      title: `A <b>"bold"</b> & 'odd' title`,
      subtitle: "s",
      updated: new Date(0),
      entries: [],
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect((parser.parse(xml) as { feed: { title: { "#text": string } } }).feed.title["#text"]).toBe(`A <b>"bold"</b> & 'odd' title`);
  });
});
