import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getReaderReport } from "@/lib/reports/get-reader-report";
import { decideTranslation } from "@/lib/reviews/decide-translation";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestUser, uniqueSlug } from "@/lib/testing/fixtures";
import { saveTranslation } from "@/lib/translations/save-translation";
import { submitTranslation } from "@/lib/translations/submit-translation";
import type { Actor } from "@/lib/users/actor";
import { resolveContentDir } from "./content-dir";
import { softBreaksAsSpaces } from "./parse-report";
import { syncAllReports } from "./sync-all";

let test: TestDb;
let translator: Actor;
let reviewer: Actor;
beforeAll(async () => {
  test = await createTestDb();
  translator = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
  reviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "en" }] });
});
const folders: string[] = [];
afterAll(async () => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
  await test.cleanup();
});

const paragraph = (id: string, text: string) => `<Paragraph id="${id}">\n${text}\n</Paragraph>\n`;
const mdx = (paragraphs: Record<string, string>) =>
  `---\ntitle: "Essai"\ndate: "2022-01"\noutlet: France 24\noriginalLanguage: fr\n---\n\n` +
  Object.entries(paragraphs).map(([id, text]) => paragraph(id, text)).join("\n");

// A content folder of its own, synced the way `npm run content:sync -- --content-dir` does it.
function contentFolder() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-content-"));
  folders.push(dir);
  fs.mkdirSync(path.join(dir, "reports"));
  const slug = uniqueSlug("sync");
  const write = (paragraphs: Record<string, string>) => fs.writeFileSync(path.join(dir, "reports", `${slug}.mdx`), mdx(paragraphs));
  const sync = async () => (await syncAllReports(test.db, resolveContentDir(["--content-dir", dir], {}))).find((summary) => summary.slug === slug)!;
  const translation = (key: string, language = "en") =>
    test.db.translation.findFirstOrThrow({ where: { language, paragraph: { key, report: { slug } } }, include: { events: { orderBy: { createdAt: "asc" } } } });
  const approve = async (key: string, text: string) => {
    const ref = { slug, paragraphKey: key, language: "en" };
    const { version } = await saveTranslation(test.db, { ...ref, actor: translator, text, baseVersion: (await translation(key)).version });
    await submitTranslation(test.db, { ...ref, actor: translator });
    await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version });
  };
  return { dir, slug, write, sync, translation, approve };
}

const FIRST = { "p-one": "Premier paragraphe.", "p-two": "Deuxième paragraphe.", "p-three": "Troisième paragraphe." };

describe("content sync from a content folder", () => {
  it("outdates exactly the approved translations of changed paragraphs, keeping their history", async () => {
    const content = contentFolder();
    content.write(FIRST);
    expect(await content.sync()).toMatchObject({ created: true, added: ["p-one", "p-two", "p-three"] });
    await content.approve("p-one", "First paragraph.");
    await content.approve("p-two", "Second paragraph.");

    content.write({ ...FIRST, "p-two": "Deuxième paragraphe, corrigé." });
    const summary = await content.sync();
    expect(summary).toMatchObject({ changed: ["p-two"], added: [], archived: [], outdated: [{ paragraph: "p-two", language: "en" }] });

    expect((await content.translation("p-one")).state).toBe("approved");
    const outdated = await content.translation("p-two");
    expect(outdated.state).toBe("outdated");
    expect(outdated.events.at(-1)).toMatchObject({ action: "source-changed", fromState: "approved", toState: "outdated", actorId: null });
    expect(await test.db.revision.count({ where: { translationId: outdated.id } })).toBe(1);
    expect((await content.translation("p-two", "ru")).state).toBe("missing");
    const wordings = await test.db.sourceVersion.findMany({ where: { paragraphId: outdated.paragraphId } });
    expect(wordings.map((wording) => wording.text).sort()).toEqual(["Deuxième paragraphe, corrigé.", "Deuxième paragraphe."]);

    // Readers keep the last approved text, marked outdated, beside the current original.
    const reader = await getReaderReport(test.db, content.slug);
    const row = reader!.rows.find((candidate) => candidate.key === "p-two")!;
    expect(row.source).toBe("Deuxième paragraphe, corrigé.");
    expect(row.cells.en).toMatchObject({ status: "outdated", approved: { text: "Second paragraph." } });
  });

  it("gives a new paragraph missing translations and archives a removed one with its history", async () => {
    const content = contentFolder();
    content.write(FIRST);
    await content.sync();
    await content.approve("p-three", "Third paragraph.");

    content.write({ "p-one": FIRST["p-one"], "p-new": "Un nouveau paragraphe.", "p-two": FIRST["p-two"] });
    expect(await content.sync()).toMatchObject({ added: ["p-new"], archived: ["p-three"], changed: [], outdated: [] });
    expect((await content.translation("p-new")).state).toBe("missing");
    expect((await content.translation("p-new", "ru")).state).toBe("missing");
    const archived = await test.db.sourceParagraph.findFirstOrThrow({ where: { key: "p-three", report: { slug: content.slug } } });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    expect(await test.db.revision.count({ where: { translation: { paragraphId: archived.id } } })).toBe(1);
    const reader = await getReaderReport(test.db, content.slug);
    expect(reader!.rows.map((row) => row.key)).toEqual(["p-one", "p-new", "p-two"]);

    content.write({ ...FIRST, "p-new": "Un nouveau paragraphe." });
    expect(await content.sync()).toMatchObject({ restored: ["p-three"] });
    expect((await content.translation("p-three")).state).toBe("approved");
  });

  it("holds the approval again when the wording comes back, and changes nothing on a re-sync", async () => {
    const content = contentFolder();
    content.write(FIRST);
    await content.sync();
    await content.approve("p-one", "First paragraph.");
    content.write({ ...FIRST, "p-one": "Premier paragraphe, modifié." });
    await content.sync();
    content.write(FIRST);
    expect(await content.sync()).toMatchObject({ changed: ["p-one"], reapproved: [{ paragraph: "p-one", language: "en" }] });
    expect((await content.translation("p-one")).events.at(-1)).toMatchObject({ action: "source-restored", toState: "approved" });
    expect(await content.sync()).toMatchObject({ added: [], changed: [], archived: [], outdated: [], reapproved: [] });
  });

  it("does not outdate anything when the source file is only re-wrapped", async () => {
    const content = contentFolder();
    content.write(FIRST);
    await content.sync();
    await content.approve("p-two", "Second paragraph.");
    content.write({ ...FIRST, "p-two": "Deuxième\n  paragraphe." });
    expect(await content.sync()).toMatchObject({ changed: [], outdated: [] });
    expect(softBreaksAsSpaces("Une ligne \n\tcoupée")).toBe("Une ligne coupée");
    expect(softBreaksAsSpaces("Espaces  insécables\u00a0: gardés")).toBe("Espaces  insécables\u00a0: gardés");
  });
});

describe("the content folder of content:sync", () => {
  it("is --content-dir, else CONTENT_DIR, else ./content", () => {
    const { dir } = contentFolder();
    expect(resolveContentDir(["--content-dir", dir], {})).toBe(dir);
    expect(resolveContentDir([`--content-dir=${dir}`], { CONTENT_DIR: "/nowhere" })).toBe(dir);
    expect(resolveContentDir([], { CONTENT_DIR: dir })).toBe(dir);
    expect(resolveContentDir([], {})).toBe(path.resolve("content"));
  });

  it("refuses a folder without reports, or a flag without a folder", () => {
    expect(() => resolveContentDir(["--content-dir", os.tmpdir()], {})).toThrow(/reports/);
    expect(() => resolveContentDir(["--content-dir"], {})).toThrow(/needs a folder/);
  });
});
