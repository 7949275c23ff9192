import { expect, test } from "@playwright/test";
import { storageStateFor } from "./fixtures/accounts";
import { saveTranslation } from "../lib/translations/save-translation";
import { submitTranslation } from "../lib/translations/submit-translation";
import { demoActor, e2eDb } from "./fixtures/factories";
import { axeViolations, decide, type Ref } from "./fixtures/review";
import { editorOf, expectNoAxeViolations, newWorkspaceReport, openParagraph, openWorkspace, reloadLeavingUnsaved, row } from "./fixtures/workspace";

// The translator's note (issue 13, the KNB): written in the workspace beside the text, saved
// and kept in the browser like it, reviewed and approved with it, shown to readers as ours.
test.describe.configure({ timeout: 150_000 });

const TEXT = "First paragraph, with no quotation in it.";
const NOTE = "The original says “Comité de défense nationale”; the KNB is the National Security Committee.";
const revisionsOf = (slug: string) =>
  e2eDb().revision.findMany({ where: { translation: { language: "en", paragraph: { key: "p-one", report: { slug } } } }, orderBy: { version: "asc" } });

test("a note written with the text is saved, submitted, approved with it and shown to readers as ours", async ({ browser }) => {
  const { slug } = await newWorkspaceReport();
  const translator = await (await browser.newContext({ storageState: storageStateFor("enTranslator") })).newPage();
  await openWorkspace(translator, slug, { language: "en" });
  await openParagraph(translator, "p-one", 2);
  const paragraph = row(translator, "p-one");
  const note = paragraph.getByRole("textbox", { name: "Translator’s note (optional)" });
  await expect(note).toHaveAccessibleDescription(/Readers see it beside this paragraph, marked as ours/);
  await expect(note).toHaveAttribute("maxlength", "1000");
  await expect(note).toHaveAttribute("lang", "en");
  await editorOf(translator, "p-one").fill(TEXT);
  await note.fill(NOTE);
  await paragraph.getByRole("button", { name: "Save", exact: true }).click();
  await expect(paragraph.getByText("Saved as version 1.")).toBeVisible();
  expect((await revisionsOf(slug)).map((revision) => revision.translatorNote)).toEqual([NOTE]);

  // the note alone changed: a new revision
  await note.fill(`${NOTE} (Комитет национальной безопасности)`);
  await paragraph.getByRole("button", { name: "Save", exact: true }).click();
  await expect.poll(async () => (await revisionsOf(slug)).length).toBe(2);
  await note.fill(NOTE);
  await paragraph.getByRole("button", { name: "Save and submit for review" }).click();
  await expect(paragraph).toHaveAttribute("data-state", "in-review");
  const revisions = await revisionsOf(slug);
  expect(revisions.map((revision) => [revision.text, revision.translatorNote])).toEqual([
    [TEXT, NOTE],
    [TEXT, `${NOTE} (Комитет национальной безопасности)`],
    [TEXT, NOTE],
  ]);
  await expectNoAxeViolations(translator);

  const reviewer = await (await browser.newContext({ storageState: storageStateFor("enReviewer") })).newPage();
  await reviewer.goto(`/en/review/${slug}/en?p=p-one`);
  const shown = reviewer.getByTestId("review-note");
  await expect(shown.getByRole("heading", { name: "Translator’s note (ours, readers see it beside the paragraph)" })).toBeVisible();
  await expect(shown.getByTestId("review-note-text")).toHaveText(NOTE);
  await expect(shown.getByTestId("review-note-text")).toHaveAttribute("lang", "en");
  await expect(shown).toContainText("Approving the text approves this note too.");
  expect(await axeViolations(reviewer)).toEqual([]);
  await reviewer.getByRole("button", { name: "Approve" }).click();
  await expect.poll(async () => (await e2eDb().translation.findFirstOrThrow({ where: { language: "en", paragraph: { key: "p-one", report: { slug } } } })).state).toBe("approved");

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/fr/reports/${slug}?cols=fr,en`);
  const cell = reader.locator('[data-paragraph="p-one"] [data-col="en"]');
  const readerNote = cell.getByRole("note", { name: "Note du traducteur" });
  await expect(readerNote).toContainText("(la nôtre, absente de l’original)");
  await expect(readerNote).toHaveAttribute("lang", "fr");
  await expect(readerNote.locator('p[lang="en"]')).toHaveText(NOTE);
  expect(await axeViolations(reader)).toEqual([]);
});

test.describe("in this browser", () => {
  test.use({ storageState: storageStateFor("enTranslator") });

  test("a reload before saving offers the unsaved text back with its note, and the history marks a revision with a note", async ({ page }) => {
    const { slug } = await newWorkspaceReport();
    await openWorkspace(page, slug, { language: "en" });
    await openParagraph(page, "p-one", 2);
    const paragraph = row(page, "p-one");
    await editorOf(page, "p-one").fill(TEXT);
    await paragraph.getByRole("textbox", { name: "Translator’s note (optional)" }).fill(NOTE);
    await reloadLeavingUnsaved(page);
    await expect(page.locator('.ws-rows[data-ready="true"]')).toBeVisible();
    await row(page, "p-one").getByRole("button", { name: "Restore unsaved text" }).click();
    const note = row(page, "p-one").getByRole("textbox", { name: "Translator’s note (optional)" });
    await expect(note).toHaveValue(NOTE);
    await expect(editorOf(page, "p-one")).toHaveText(TEXT);
    await row(page, "p-one").getByRole("button", { name: "Save", exact: true }).click();
    await expect.poll(async () => (await revisionsOf(slug)).map((revision) => revision.translatorNote)).toEqual([NOTE]);
    const history = row(page, "p-one").getByRole("region", { name: "History", exact: true });
    await expect(history.locator('[data-version="1"]').getByTestId("history-has-note")).toHaveText("With a translator’s note");
  });
});

test("a resubmission shows the reviewer what changed in the note since the version sent back", async ({ browser }) => {
  const { slug } = await newWorkspaceReport();
  const ref: Ref = { slug, paragraphKey: "p-one", language: "en" };
  const emma = await demoActor("enTranslator");
  const olivia = await demoActor("enReviewer");
  const { version } = await saveTranslation(e2eDb(), { ...ref, actor: emma, text: TEXT, baseVersion: 0, translatorNote: "The KNB is the National Committee." });
  await submitTranslation(e2eDb(), { ...ref, actor: emma });
  await decide({ ...ref, actor: olivia, decision: "request-changes", version, comment: "Name the committee in full." });
  await saveTranslation(e2eDb(), { ...ref, actor: emma, text: TEXT, baseVersion: version, translatorNote: "The KNB is the National Security Committee." });
  await submitTranslation(e2eDb(), { ...ref, actor: emma });

  const page = await (await browser.newContext({ storageState: storageStateFor("enReviewer") })).newPage();
  await page.goto(`/en/review/${slug}/en?p=p-one`);
  const diff = page.getByTestId("review-note-diff");
  await expect(diff).toContainText("What changed in the note since version 1:");
  await expect(diff.locator("ins")).toHaveText(["[added: Security ]"]);
  await expect(diff.locator("del")).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});
