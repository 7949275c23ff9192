import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addComment } from "@/lib/comments/add-comment";
import { decideTranslation } from "@/lib/reviews/decide-translation";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { saveTranslation } from "@/lib/translations/save-translation";
import { submitTranslation } from "@/lib/translations/submit-translation";
import { exportXliff } from "./export-xliff";
import { schemaErrors } from "./validate-xliff-schema";
import { attribute, childElements, descendants, parseXmlTree, type XmlElement } from "./xml-tree";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

const QUOTED = `“<q id="q-one">I came here</q>,” Dinara says. “<q id="q-two">It was a war & more <b></q>,” she says.`;

async function world() {
  const { slug } = await createTestReport(test.db);
  const emma = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
  const olivia = await createTestUser(test.db, { name: "Olivia Grant", roles: [{ role: "reviewer", language: "en" }] });
  const ref = (paragraphKey: string) => ({ slug, paragraphKey, language: "en" });
  await saveTranslation(test.db, { ...ref("h-intro"), actor: emma, text: "A test heading", baseVersion: 0 });
  await submitTranslation(test.db, { ...ref("h-intro"), actor: emma });
  await decideTranslation(test.db, { ...ref("h-intro"), actor: olivia, decision: "approve", version: 1 });
  await saveTranslation(test.db, {
    ...ref("p-quote"),
    actor: emma,
    text: QUOTED,
    baseVersion: 0,
    quoteOrigins: [{ quoteKey: "q-one", note: "Recorded interview, in English" }],
  });
  await addComment(test.db, { ...ref("p-quote"), actor: olivia, body: "Check the second <quote> & its speaker" });
  return { slug, emma, olivia };
}

const units = (root: XmlElement) => [...descendants(root)].filter((element) => element.local === "unit");
const segmentOf = (unit: XmlElement) => childElements(unit, "segment")[0];
const metaValue = (unit: XmlElement, type: string) =>
  [...descendants(unit)].find((element) => element.local === "meta" && attribute(element, "type") === type)?.children.map((child) => (child.kind === "text" ? child.text : "")).join("");

describe("exportXliff", () => {
  it("writes a file the official XLIFF 2.0 core and Metadata schemas accept, one unit per paragraph by its id", async () => {
    const { slug, emma } = await world();
    const { xml, fileName } = await exportXliff(test.db, { slug, language: "en", actor: emma });
    expect(fileName).toBe(`${slug}.fr-en.xlf`);
    expect(await schemaErrors(xml)).toEqual([]);
    const root = parseXmlTree(xml);
    expect([attribute(root, "srcLang"), attribute(root, "trgLang"), attribute(root, "version")]).toEqual(["fr", "en", "2.0"]);
    expect(units(root).map((unit) => attribute(unit, "id"))).toEqual(["h-intro", "p-one", "p-quote"]);
  });

  it("maps the states: approved → reviewed, draft → initial nr:draft, missing → no target", async () => {
    const { slug, emma } = await world();
    const root = parseXmlTree((await exportXliff(test.db, { slug, language: "en", actor: emma })).xml);
    const [heading, missing, quoted] = units(root).map(segmentOf);
    expect([attribute(heading, "state"), attribute(heading, "subState")]).toEqual(["reviewed", undefined]);
    expect([attribute(quoted, "state"), attribute(quoted, "subState")]).toEqual(["initial", "nr:draft"]);
    expect(childElements(missing, "target")).toEqual([]);
    expect(attribute(missing, "state")).toBeUndefined();
  });

  it("carries quotations as locked paired codes with their ids, escaped text, speaker, provenance, approval and comments", async () => {
    const { slug, emma } = await world();
    const { xml } = await exportXliff(test.db, { slug, language: "en", actor: emma });
    expect(xml).toContain(`<pc id="q-two" type="quote" canDelete="no" canCopy="no">It was a war &amp; more &lt;b&gt;</pc>`);
    const root = parseXmlTree(xml);
    const [heading, , quoted] = units(root);
    expect(metaValue(heading, "approvedBy")).toBe("Olivia Grant");
    expect(metaValue(quoted, "approvedBy")).toBe("not approved");
    expect(metaValue(quoted, "baseVersion")).toBe("1");
    expect(metaValue(quoted, "speaker")).toBe("Dinara");
    expect(metaValue(quoted, "spokenLanguage")).toBe("not stated");
    expect(metaValue(quoted, "ownWordsNote")).toBe("Recorded interview, in English");
    expect(xml).toContain("the speaker&apos;s own words");
    expect(xml).toContain("our translation from fr, not the speaker&apos;s words");
    expect(xml).toMatch(/<note id="c-[^"]+" category="comment">Olivia Grant, [^:]+:\d\d:\d\d\.\d+Z: Check the second &lt;quote&gt; &amp; its speaker<\/note>/);
  });

  it("keeps only the chosen states, refuses a choice that leaves nothing, and only for people working on the language", async () => {
    const { slug, emma } = await world();
    const { xml } = await exportXliff(test.db, { slug, language: "en", actor: emma, states: ["approved", "missing"] });
    expect(units(parseXmlTree(xml)).map((unit) => attribute(unit, "id"))).toEqual(["h-intro", "p-one"]);
    await expect(exportXliff(test.db, { slug, language: "en", actor: emma, states: ["in-review"] })).rejects.toMatchObject({ code: "invalid" });
    const russian = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    await expect(exportXliff(test.db, { slug, language: "en", actor: russian })).rejects.toMatchObject({ code: "forbidden" });
    await expect(exportXliff(test.db, { slug, language: "en", actor: null })).rejects.toMatchObject({ code: "unauthenticated" });
  });
});
