import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeTransaction } from "@/lib/db/write-transaction";
import { addImportedEntries } from "@/lib/memory/record-approval";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/fixtures";
import { exportTmx } from "./export-tmx";
import { importTmx } from "./import-tmx";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

const ENTRIES = [
  { sourceText: `"<q id="q-one">Je suis venue ici</q>", raconte Dinara & co.`, targetText: `«<q id="q-one">Я пришла сюда</q>», — рассказывает Динара и др.`, approvedByName: "Anna Lebedeva", approvedAt: new Date("2026-11-30T10:00:00Z") },
  { sourceText: "Premier paragraphe <sans> citation.", targetText: "Первый абзац <без> цитаты.", approvedByName: null, approvedAt: new Date("2026-11-29T08:30:00Z") },
];

async function world() {
  await test.db.memoryEntry.deleteMany({ where: { targetLanguage: "ru" } });
  await writeTransaction(test.db, (tx) => addImportedEntries(tx, ENTRIES.map((entry) => ({ ...entry, sourceLanguage: "fr", targetLanguage: "ru" }))));
  const reviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "ru" }] });
  const translator = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
  return { reviewer, translator };
}

const stored = () =>
  test.db.memoryEntry
    .findMany({ where: { targetLanguage: "ru" }, orderBy: { approvedAt: "asc" }, select: { sourceText: true, targetText: true, approvedByName: true, approvedAt: true, origin: true } })
    .then((rows) => rows.map(({ origin, ...row }) => ({ ...row, origin })));

describe("TMX 1.4b", () => {
  it("round-trips the memory without loss: texts with quotations, who and when; importing it again adds nothing", async () => {
    const { reviewer, translator } = await world();
    const before = await stored();
    const { xml, count } = await exportTmx(test.db, { pair: "fr-ru", actor: translator });
    expect(count).toBe(2);
    expect(xml).toContain('<tmx version="1.4"><header creationtool="newsroom-reader"');
    expect(xml).toContain('<bpt i="1" type="x-quote">&lt;q id=&quot;q-one&quot;&gt;</bpt>Я пришла сюда<ept i="1">&lt;/q&gt;</ept>');
    expect(await importTmx(test.db, { pair: "fr-ru", actor: reviewer, xml })).toMatchObject({ read: 2, added: 0, duplicates: 2, skipped: [] });
    await test.db.memoryEntry.deleteMany({ where: { targetLanguage: "ru" } });
    expect(await importTmx(test.db, { pair: "fr-ru", actor: reviewer, xml })).toMatchObject({ read: 2, added: 2 });
    expect(await stored()).toEqual(before);
  });

  it("reads another tool's file: a DTD named but not declared inline, region tags, codes dropped, units without the target skipped", async () => {
    const { reviewer } = await world();
    const xml = `<?xml version="1.0"?>\r\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\r\n<tmx version="1.4"><header srclang="fr-FR" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="t" creationtoolversion="1"/><body>
<tu creationid="OmegaT" changedate="20250101T120000Z"><tuv lang="fr-FR"><seg>Le <bpt i="1">&lt;b&gt;</bpt>KNB<ept i="1">&lt;/b&gt;</ept> a dit.</seg></tuv><tuv xml:lang="ru-RU"><seg>КНБ заявил.</seg></tuv></tu>
<tu><tuv xml:lang="fr"><seg>Sans cible.</seg></tuv><tuv xml:lang="de"><seg>Ohne Ziel.</seg></tuv></tu>
</body></tmx>`;
    const result = await importTmx(test.db, { pair: "fr-ru", actor: reviewer, xml });
    expect(result).toMatchObject({ read: 2, added: 1, skipped: [{ reason: "no-target-language" }] });
    const imported = await test.db.memoryEntry.findFirstOrThrow({ where: { targetLanguage: "ru", approvedByName: "OmegaT" } });
    expect(imported).toMatchObject({ sourceText: "Le KNB a dit.", targetText: "КНБ заявил.", origin: "import", approvedAt: new Date("2025-01-01T12:00:00Z") });
  });

  it("refuses hostile or foreign files whole, and lets only reviewers and admins import", async () => {
    const { reviewer, translator } = await world();
    const refused = (xml: string) => importTmx(test.db, { pair: "fr-ru", actor: reviewer, xml }).catch((error: { details: { file: { reason: string } } }) => error.details.file.reason);
    expect(await refused(`<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaa">]><tmx version="1.4"><header srclang="fr"/><body/></tmx>`)).toBe("doctype");
    expect(await refused(`<tmx version="1.4"><header srclang="en"/><body/></tmx>`)).toBe("wrong-source-language");
    expect(await refused(`<tmx version="1.4"><header srclang="fr"/><body><tu><tuv xml:lang="fr"><seg>a</seg></tuv><tuv xml:lang="en"><seg>b</seg></tuv></tu></body></tmx>`)).toBe("wrong-target-language");
    expect(await refused(`<tmx version="1.4"><header srclang="fr"/><body>`)).toBe("not-well-formed");
    expect((await stored()).length).toBe(2);
    await expect(importTmx(test.db, { pair: "fr-ru", actor: translator, xml: "<tmx/>" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(exportTmx(test.db, { pair: "fr-de", actor: translator })).rejects.toMatchObject({ code: "not-found" });
  });
});
