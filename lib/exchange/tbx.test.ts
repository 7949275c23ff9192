import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGlossaryEntry } from "@/lib/glossary/create-glossary-entry";
import type { GlossaryEntryInput } from "@/lib/glossary/entry-input";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/fixtures";
import { exportTbx } from "./export-tbx";
import { importTbx } from "./import-tbx";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

const base = { note: null, partOfSpeech: null, exactForm: false, caseSensitive: false, doNotTranslate: false, isForbidden: false };
const ENTRIES: GlossaryEntryInput[] = [
  { ...base, sourceTerm: "OTSC", translations: ["ОДКБ"], partOfSpeech: "abbreviation", note: "Organisation du traité <de> sécurité collective & co." },
  { ...base, sourceTerm: "Almaty", translations: ["Алматы"], exactForm: true, caseSensitive: true, partOfSpeech: "proper-noun" },
  { ...base, sourceTerm: "Almaty", translations: ["Алма-Ата"], isForbidden: true },
  { ...base, sourceTerm: "France 24", translations: [], doNotTranslate: true },
];

async function world() {
  await test.db.glossaryEntry.deleteMany({ where: { targetLanguage: "ru" } });
  const reviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "ru" }] });
  const translator = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
  for (const entry of ENTRIES) await createGlossaryEntry(test.db, { actor: reviewer, pair: "fr-ru", entry });
  return { reviewer, translator };
}

const stored = async () =>
  (await test.db.glossaryEntry.findMany({ where: { targetLanguage: "ru" }, orderBy: [{ sourceTerm: "asc" }, { isForbidden: "asc" }] })).map(
    ({ sourceTerm, translations, note, partOfSpeech, exactForm, caseSensitive, doNotTranslate, isForbidden, status }) => ({ sourceTerm, translations, note, partOfSpeech, exactForm, caseSensitive, doNotTranslate, isForbidden, status }),
  );

describe("TBX-Basic", () => {
  it("round-trips the glossary without loss: terms, forbidden renderings, do-not-translate, flags, note, part of speech", async () => {
    const { reviewer, translator } = await world();
    const before = await stored();
    const { xml, count } = await exportTbx(test.db, { pair: "fr-ru", actor: translator });
    expect(count).toBe(4);
    expect(xml).toContain('<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dct" xml:lang="en">');
    expect(xml).toContain('<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>');
    expect(await importTbx(test.db, { pair: "fr-ru", actor: reviewer, xml })).toMatchObject({ read: 4, added: 0, skipped: [] });
    await test.db.glossaryEntry.deleteMany({ where: { targetLanguage: "ru" } });
    expect(await importTbx(test.db, { pair: "fr-ru", actor: reviewer, xml })).toMatchObject({ read: 4, added: 4 });
    expect(await stored()).toEqual(before);
  });

  it("reads a TBX v2 <martif> as Pontoon and Crowdin write it, and refuses hostile or foreign files whole", async () => {
    const { reviewer, translator } = await world();
    const martif = `<?xml version="1.0" encoding="UTF-8"?><martif type="TBX" xml:lang="en"><text><body>
<termEntry id="t1"><langSet xml:lang="fr-FR"><tig><term>Comité de défense nationale</term></tig></langSet><langSet xml:lang="ru-RU"><tig><term>Комитет национальной обороны</term></tig></langSet></termEntry>
<termEntry id="t2"><langSet xml:lang="fr"><tig><term>sans traduction</term></tig></langSet></termEntry>
</body></text></martif>`;
    const result = await importTbx(test.db, { pair: "fr-ru", actor: reviewer, xml: martif });
    expect(result).toMatchObject({ read: 2, added: 1, skipped: [{ concept: "t2", reason: "no-target-language" }] });
    const refused = (xml: string) => importTbx(test.db, { pair: "fr-ru", actor: reviewer, xml }).catch((error: { details: { file: { reason: string } } }) => error.details.file.reason);
    expect(await refused(`<!DOCTYPE martif [<!ENTITY x "x">]><martif/>`)).toBe("doctype");
    expect(await refused(`<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>a</term></tig></langSet></termEntry></body></text></martif>`)).toBe("wrong-source-language");
    expect(await refused(`<martif><text><body><termEntry>`)).toBe("not-well-formed");
    expect((await stored()).length).toBe(5);
    await expect(importTbx(test.db, { pair: "fr-ru", actor: translator, xml: martif })).rejects.toMatchObject({ code: "forbidden" });
  });
});
