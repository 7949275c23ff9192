import fs from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { saveTranslation } from "../lib/translations/save-translation";
import { storageStateFor } from "./fixtures/accounts";
import { demoActor, e2eDb } from "./fixtures/factories";
import { expectNoAxeViolations, newWorkspaceReport, openWorkspace, revisionsOf, row, seeded } from "./fixtures/workspace";

// Issue 11: a round trip through a CAT tool, from the workspace: download the XLIFF, change a
// target in the file, import it with a preview, confirm; a unit changed on the server meanwhile
// is a conflict and is not written; a malformed file is refused with its line and column.

test.use({ storageState: storageStateFor("ruTranslator") });
test.describe.configure({ timeout: 90_000 });

const QUOTED = `«<q id="q-one">Я пришла сюда</q>», — рассказывает Динара. «<q id="q-two">Это была война</q>», — говорит она.`;

function exchange(page: Page) {
  return page.getByRole("region", { name: "Exchange with CAT tools" });
}

async function upload(page: Page, name: string, contents: string) {
  await exchange(page).getByLabel("XLIFF 2.0 file (.xlf)").setInputFiles({ name, mimeType: "application/xliff+xml", buffer: Buffer.from(contents, "utf8") });
  await exchange(page).getByRole("button", { name: "Preview the import" }).click();
}

test("export, edit a target in the file, preview, confirm: the paragraph has the new revision; a unit saved meanwhile is a conflict, not written", async ({ page }) => {
  const { slug } = await newWorkspaceReport();
  const irina = await demoActor("ruTranslator");
  const dmitri = await demoActor("ruTranslator2");
  const ref = { slug, language: "ru" };
  await seeded(() => saveTranslation(e2eDb(), { ...ref, paragraphKey: "p-one", actor: irina, text: "Первый абзац.", baseVersion: 0 }));
  await seeded(() => saveTranslation(e2eDb(), { ...ref, paragraphKey: "p-quote", actor: irina, text: QUOTED, baseVersion: 0 }));

  await openWorkspace(page, slug);
  const downloading = page.waitForEvent("download");
  await exchange(page).getByRole("link", { name: "Download XLIFF" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${slug}.fr-ru.xlf`);
  const file = await fs.readFile((await download.path())!, "utf8");
  expect(file).toContain('<pc id="q-one" type="quote" canDelete="no" canCopy="no">Я пришла сюда</pc>');

  // Someone saves p-quote on the server while the file is out.
  await seeded(() => saveTranslation(e2eDb(), { ...ref, paragraphKey: "p-quote", actor: dmitri, text: QUOTED.replace("война", "настоящая война"), baseVersion: 1 }));
  const edited = file.replace(">Первый абзац.</target>", ">Первый абзац, из memoQ.</target>").replace(">Это была война</pc>", ">Это была беда</pc>");

  await upload(page, "edited.xlf", edited);
  const table = exchange(page).getByRole("table", { name: "Preview: nothing is written until you confirm" });
  await expect(table.locator('[data-unit="p-one"]')).toHaveAttribute("data-outcome", "accepted");
  await expect(table.locator('[data-unit="p-one"]')).toContainText("Первый абзац, из memoQ.");
  const conflict = table.locator('[data-unit="p-quote"]');
  await expect(conflict).toHaveAttribute("data-outcome", "conflict");
  await expect(conflict).toContainText("Это была беда");
  await expect(conflict).toContainText("Это была настоящая война");
  await expect(exchange(page).getByRole("status")).toContainText("To import: 1. Unchanged: 1. Conflicts: 1. Refused: 0.");
  expect(await revisionsOf(slug, "p-one")).toHaveLength(1);
  await expectNoAxeViolations(page);

  await exchange(page).getByRole("button", { name: "Import 1 paragraph" }).click();
  await expect(exchange(page).getByRole("status")).toContainText("Imported: 1. Unchanged: 1. Conflicts: 1. Refused: 0.");
  await expect(exchange(page).getByRole("table", { name: "Result of the import" }).locator('[data-unit="p-one"]')).toContainText("Saved as version 2");
  const revisions = await revisionsOf(slug, "p-one");
  expect(revisions.map((revision) => [revision.version, revision.text, revision.author.name])).toEqual([
    [1, "Первый абзац.", "Irina Volkova"],
    [2, "Первый абзац, из memoQ.", "Irina Volkova"],
  ]);
  await expect(row(page, "p-one")).toHaveAttribute("data-state", "draft");
  expect((await revisionsOf(slug, "p-quote")).map((revision) => revision.text)).toEqual([QUOTED, QUOTED.replace("война", "настоящая война")]);
});

test("a malformed file is refused with its line and column, and changes nothing", async ({ page }) => {
  const { slug } = await newWorkspaceReport();
  const irina = await demoActor("ruTranslator");
  await seeded(() => saveTranslation(e2eDb(), { slug, language: "ru", paragraphKey: "p-one", actor: irina, text: "Первый абзац.", baseVersion: 0 }));
  await openWorkspace(page, slug);
  const broken = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="ru">',
    '  <file id="f1">',
    "</xliff>",
  ].join("\n");
  await upload(page, "broken.xlf", broken);
  const alert = exchange(page).getByRole("alert");
  await expect(alert).toContainText(/Line 4, column \d+: The file is not well-formed XML/);
  await expect(alert).toContainText("The file was refused; nothing was changed.");
  await expect(exchange(page).getByRole("table")).toHaveCount(0);
  expect(await revisionsOf(slug, "p-one")).toHaveLength(1);
  await expectNoAxeViolations(page);
});
