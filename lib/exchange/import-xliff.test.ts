import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { saveTranslation } from "@/lib/translations/save-translation";
import { exportXliff } from "./export-xliff";
import { importXliff } from "./import-xliff";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

const QUOTED = `“<q id="q-one">I came here</q>,” Dinara says. “<q id="q-two">It was a war</q>,” she says.`;
const QUOTED_XLIFF = `“<pc id="q-one" type="quote" canDelete="no" canCopy="no">I came here</pc>,” Dinara says. “<pc id="q-two" type="quote" canDelete="no" canCopy="no">It was a war</pc>,” she says.`;

async function world() {
  const { slug } = await createTestReport(test.db);
  const emma = await createTestUser(test.db, { name: "Emma Clarke", roles: [{ role: "translator", language: "en" }] });
  const james = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
  await saveTranslation(test.db, { slug, paragraphKey: "p-quote", language: "en", actor: emma, text: QUOTED, baseVersion: 0 });
  await saveTranslation(test.db, { slug, paragraphKey: "p-one", language: "en", actor: emma, text: "First paragraph.", baseVersion: 0 });
  const { xml } = await exportXliff(test.db, { slug, language: "en", actor: emma });
  const run = (file: string, isDryRun = false, actor = emma) => importXliff(test.db, { slug, language: "en", actor, xml: file, isDryRun });
  const revisions = (paragraphKey: string) =>
    test.db.revision.findMany({ where: { translation: { language: "en", paragraph: { key: paragraphKey, report: { slug } } } }, orderBy: { version: "asc" } });
  return { slug, emma, james, xml, run, revisions };
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("accepted");
    },
    (error: { code: string; details: { file: { reason: string; line: number | null; column: number | null } } }) => ({ ...error.details.file, code: error.code }),
  );

describe("importXliff: round trip", () => {
  it("a file exported and imported as it is changes nothing", async () => {
    const { xml, run, revisions } = await world();
    const result = await run(xml);
    expect(result.imported).toEqual([]);
    expect(result.unchanged.map((unit) => unit.id).sort()).toEqual(["h-intro", "p-one", "p-quote"]);
    expect(result.unchanged.find((unit) => unit.id === "p-quote")?.fileState).toBe("draft");
    expect(await revisions("p-quote")).toHaveLength(1);
  });

  it("a changed target becomes a new draft revision by the importer; the dry run answers the same and writes nothing", async () => {
    const { xml, run, revisions, james } = await world();
    const edited = xml.replace(">First paragraph.</target>", ">The first paragraph &amp; more.</target>");
    const preview = await run(edited, true, james);
    expect(preview.accepted.map((unit) => unit.id)).toEqual(["p-one"]);
    expect(await revisions("p-one")).toHaveLength(1);
    const result = await run(edited, false, james);
    expect(result.imported).toEqual([{ id: "p-one", version: 2 }]);
    const [, second] = await revisions("p-one");
    expect(second).toMatchObject({ text: "The first paragraph & more.", authorId: james.id, textAuthorId: james.id });
    const translation = await test.db.translation.findFirstOrThrow({ where: { id: second.translationId } });
    expect(translation.state).toBe("draft");
  });

  it("reads a file edited as memoQ or OmegaT leave it: BOM, CRLF, state changed, mrk and sm/em, notes, another namespace, CDATA", async () => {
    const { xml, run, revisions } = await world();
    const edited =
      "\uFEFF" +
      xml
        .replace('xmlns:mda=', 'xmlns:mq="MQXliff" mq:version="2" xmlns:mda=')
        .replace(QUOTED_XLIFF, `<![CDATA[“]]><pc id="q-one" type="quote" canDelete="no" canCopy="no"><mrk id="m1" translate="yes">I came</mrk> here</pc>,” Dinara <sm id="s1" type="term"/>says<em startRef="s1"/>. “<pc id="q-two" type="quote" canDelete="no" canCopy="no">It was war</pc>,” she says.`)
        .replace('<segment state="initial" subState="nr:draft">\n        <source xml:space="preserve">&quot;', '<segment state="translated" subState="nr:draft">\n        <source xml:space="preserve">&quot;')
        .replace(/\n/g, "\r\n");
    const result = await run(edited);
    expect(result.refused).toEqual([]);
    expect(result.accepted).toEqual([expect.objectContaining({ id: "p-quote", fileState: "in-review" })]);
    expect((await revisions("p-quote")).at(-1)?.text).toBe(QUOTED.replace("It was a war", "It was war"));
  });
});

describe("importXliff: units it does not write", () => {
  it("reports a unit saved on the server since the export as a conflict with both texts, and writes it not", async () => {
    const { slug, xml, run, revisions, james } = await world();
    await saveTranslation(test.db, { slug, paragraphKey: "p-one", language: "en", actor: james, text: "James's first paragraph.", baseVersion: 1 });
    const result = await run(xml.replace(">First paragraph.</target>", ">Emma's offline edit.</target>"));
    expect(result.imported).toEqual([]);
    expect(result.conflicts).toEqual([
      expect.objectContaining({ id: "p-one", reason: "saved-since", fileText: "Emma's offline edit.", serverText: "James's first paragraph.", baseVersion: 1, serverVersion: 2 }),
    ]);
    expect((await revisions("p-one")).map((revision) => revision.text)).toEqual(["First paragraph.", "James's first paragraph."]);
  });

  it("refuses, with reasons, a unit that drops a quotation, one with a formatting code, one for an unknown paragraph; imports the rest in one go", async () => {
    const { xml, run, revisions } = await world();
    const edited = xml
      .replace(`<pc id="q-two" type="quote" canDelete="no" canCopy="no">It was a war</pc>`, "it was a war")
      .replace(">First paragraph.</target>", '>First <ph id="b1"/>paragraph, edited.</target>')
      .replace('<unit id="h-intro" name="heading">', '<unit id="p-gone" name="paragraph">');
    const result = await run(edited);
    const reasons = Object.fromEntries(result.refused.map((unit) => [unit.id, unit.problems.map((problem) => problem.code)]));
    expect(reasons).toEqual({ "p-quote": ["quote-missing"], "p-one": ["inline-code"], "p-gone": ["unknown-paragraph"] });
    expect(result.refused.find((unit) => unit.id === "p-one")?.line).toBeGreaterThan(1);
    expect(await revisions("p-one")).toHaveLength(1);
  });

  it("is for translators of the language only", async () => {
    const { xml, run } = await world();
    const reviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "en" }] });
    await expect(run(xml, true, reviewer)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("importXliff: files refused outright, with line and column, changing nothing", () => {
  it("not well-formed", async () => {
    const { xml, run } = await world();
    const broken = xml.replace("</target>", "</targt>");
    expect(await refusal(run(broken))).toMatchObject({ code: "invalid", reason: "not-well-formed", line: expect.any(Number), column: expect.any(Number) });
  });

  it("not XLIFF 2.0 by its schema, and by its processing requirements", async () => {
    const { xml, run } = await world();
    expect(await refusal(run(xml.replace('state="initial"', 'state="done"')))).toMatchObject({ reason: "schema", line: expect.any(Number), column: expect.any(Number) });
    expect(await refusal(run(xml.replace('<unit id="p-one"', '<unit id="p-quote"')))).toMatchObject({ reason: "specification" });
    expect(await refusal(run(xml.replace('version="2.0"', 'version="1.2"')))).toMatchObject({ reason: "not-xliff", line: 2, column: 1 });
  });

  it("wrong srcLang or trgLang", async () => {
    const { xml, run } = await world();
    expect(await refusal(run(xml.replace('trgLang="en"', 'trgLang="ru"')))).toMatchObject({ reason: "wrong-target-language", line: 2 });
    expect(await refusal(run(xml.replace('srcLang="fr"', 'srcLang="de"')))).toMatchObject({ reason: "wrong-source-language" });
  });

  it("hostile XML: external entities and entity expansion never get read", async () => {
    const { xml, run } = await world();
    const xxe = xml.replace('<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]>').replace("First paragraph.", "&x;");
    expect(await refusal(run(xxe))).toMatchObject({ reason: "doctype", line: 1 });
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><xliff>&lol2;</xliff>`;
    expect(await refusal(run(laughs))).toMatchObject({ reason: "doctype" });
  });
});
