import { expect, test, type Page } from "@playwright/test";
import { createGlossaryEntry } from "../lib/glossary/create-glossary-entry";
import { sampleEntry } from "../lib/glossary/test-entries";
import { SAMPLE_MDX } from "../lib/testing/fixtures";
import { storageStateFor } from "./fixtures/accounts";
import { bearer, cookieClient, tokenFor } from "./fixtures/api";
import { demoActor, e2eDb } from "./fixtures/factories";
import { expectNoAxeViolations, newWorkspaceReport, openParagraph, openWorkspace, row, seeded } from "./fixtures/workspace";

// The glossary (issue 10): terms underlined in the workspace's source, proposals accepted by a
// reviewer, edits by those who manage it only, and the version guard on the API.

test.use({ storageState: storageStateFor("ruTranslator") });
test.describe.configure({ timeout: 90_000 });

const withSource = (text: string) => SAMPLE_MDX.replace("Premier paragraphe, sans citation.", text);
const unique = () => `Terme${crypto.randomUUID().slice(0, 6)}`;

// Back from the open editor to the source with Shift+Tab, as a keyboard user would.
async function tabBackTo(page: Page, name: string) {
  for (let step = 0; step < 12; step += 1) {
    await page.keyboard.press("Shift+Tab");
    if (await page.evaluate((term) => document.activeElement?.getAttribute("data-glossary-term") === term, name)) return;
  }
  throw new Error(`Shift+Tab never reached the glossary term ${name}`);
}

test("a translator sees Almaty underlined in the source and reads its required translation by keyboard", async ({ page }) => {
  const { slug } = await newWorkspaceReport({ mdx: withSource("Premier paragraphe, écrit à Almaty, sans citation.") });
  await openWorkspace(page, slug);
  const source = row(page, "p-one").locator(".ws-source");
  const term = source.locator("button.gl-term", { hasText: "Almaty" });
  await expect(term).toBeVisible();
  // underlined, not only coloured; the paragraph's text is unchanged
  expect(await term.evaluate((element) => getComputedStyle(element).textDecorationLine)).toContain("underline");
  await expect(source.locator(".ws-unit")).toHaveText("Premier paragraphe, écrit à Almaty, sans citation.");

  await openParagraph(page, "p-one", 2);
  await tabBackTo(page, "Almaty");
  const card = source.getByRole("tooltip");
  await expect(card).toBeVisible();
  await expect(card).toContainText("Translation: Алматы (exact form only)");
  await expect(card).toContainText("Not: Алма-Ата");
  await expect(card.locator('strong[lang="ru"]', { hasText: "Алматы" })).toBeVisible();
  await expect(term).toHaveAccessibleDescription(/Алматы/);
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(card).toBeHidden();
  // on hover too, and the card stays while the pointer moves onto it
  await term.hover();
  await expect(card).toBeVisible();
  await card.hover();
  await expect(card).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(card).toBeHidden();
  // a paragraph that is not open has no tab stops on its terms
  await expect(row(page, "p-quote").locator("button.gl-term").first()).toHaveAttribute("tabindex", "-1");
});

test("a translator proposes a term, a reviewer of the language accepts it, and it is underlined from then on", async ({ page, browser }) => {
  const term = unique();
  const { slug } = await newWorkspaceReport({ mdx: withSource(`Premier paragraphe, sur ${term}.`) });
  await page.goto("/en/glossary?pair=fr-ru");
  await expect(page.getByRole("heading", { name: "Add an entry" })).toHaveCount(0);
  const form = page.getByRole("form", { name: "Propose a term" });
  await form.getByLabel("Term in French").fill(term);
  await form.getByLabel("Translations in Russian, one per line").fill("Термин");
  await form.getByLabel("Note").fill("Proposé pendant la traduction.");
  await form.getByRole("button", { name: "Propose" }).click();
  await expect(form.getByText(`“${term}” proposed: a reviewer will accept or reject it.`)).toBeVisible();
  const mine = page.locator(`[data-glossary-proposal="${term}"]`);
  await expect(mine).toContainText("awaiting a decision");
  await expect(mine.getByRole("button", { name: `Accept “${term}”` })).toHaveCount(0);
  // not in force yet
  await openWorkspace(page, slug);
  await expect(row(page, "p-one").locator("button.gl-term", { hasText: term })).toHaveCount(0);

  const reviewer = await browser.newContext({ storageState: storageStateFor("ruReviewer") });
  const anna = await reviewer.newPage();
  await anna.goto("/en/glossary?pair=fr-ru");
  const proposal = anna.locator(`[data-glossary-proposal="${term}"]`);
  await expect(proposal).toContainText("Irina Volkova");
  await proposal.getByRole("button", { name: `Accept “${term}”` }).click();
  await expect(anna.locator(`[data-glossary-entry="${term}"]`)).toContainText("Термин");
  await expect(anna.locator(`[data-glossary-proposal="${term}"]`)).toHaveCount(0);
  await reviewer.close();

  await openWorkspace(page, slug);
  await expect(row(page, "p-one").locator("button.gl-term", { hasText: term })).toBeVisible();
});

test("an admin edits an entry; a translator is offered no edit and the API refuses it (403), changing nothing", async ({ page, browser, playwright, baseURL }) => {
  const claire = await demoActor("admin");
  const term = unique();
  const entry = await seeded(() => createGlossaryEntry(e2eDb(), { actor: claire, pair: "fr-ru", entry: sampleEntry({ sourceTerm: term, translations: ["Старый"] }) }));

  const admin = await browser.newContext({ storageState: storageStateFor("admin") });
  const adminPage = await admin.newPage();
  await adminPage.goto("/en/glossary?pair=fr-ru");
  const line = adminPage.locator(`[data-glossary-entry="${term}"]`);
  await line.locator("details.gl-edit > summary", { hasText: "Edit" }).click();
  const edit = line.getByRole("form", { name: `Edit “${term}”` });
  await edit.getByLabel("Translations in Russian, one per line").fill("Новый");
  await edit.getByRole("checkbox", { name: /Exact form only/ }).check();
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(line).toContainText("Новый");
  await expect(line).toContainText("exact form only");
  await admin.close();

  await page.goto(`/en/glossary?pair=fr-ru&q=${term}`);
  const seen = page.locator(`[data-glossary-entry="${term}"]`);
  await expect(seen).toContainText("Новый");
  await expect(page.locator(`[data-glossary-entry]`).first()).toBeVisible();
  await expect(page.locator("details.gl-edit, details.gl-delete")).toHaveCount(0);
  await expect(page.getByRole("columnheader", { name: "Actions" })).toHaveCount(0);

  const irina = await cookieClient(playwright, baseURL!, "ruTranslator");
  const patch = await irina.patch(`/api/glossary/fr-ru/${entry.id}`, { data: { version: 2, translations: ["Чужой"] } });
  expect(patch.status()).toBe(403);
  expect((await irina.delete(`/api/glossary/fr-ru/${entry.id}?version=2`)).status()).toBe(403);
  expect((await irina.post("/api/glossary/fr-ru", { data: sampleEntry() })).status()).toBe(403);
  await irina.dispose();
  const stored = await e2eDb().glossaryEntry.findUniqueOrThrow({ where: { id: entry.id } });
  expect({ version: stored.version, translations: stored.translations }).toEqual({ version: 2, translations: JSON.stringify(["Новый"]) });
});

test("a PATCH made against an old version is refused with 409 and the current entry, and changes nothing", async ({ request }) => {
  const anna = await demoActor("ruReviewer");
  const entry = await seeded(() => createGlossaryEntry(e2eDb(), { actor: anna, pair: "fr-ru", entry: sampleEntry({ translations: ["Первый"] }) }));
  const headers = bearer(await tokenFor(anna));
  const first = await request.patch(`/api/glossary/fr-ru/${entry.id}`, { headers, data: { version: 1, note: "Première relecture." } });
  expect(first.status()).toBe(200);
  expect((await first.json()).entry).toMatchObject({ version: 2, note: "Première relecture." });

  const stale = await request.patch(`/api/glossary/fr-ru/${entry.id}`, { headers: { ...headers, "accept-language": "fr" }, data: { version: 1, translations: ["Второй"] } });
  expect(stale.status()).toBe(409);
  const body = await stale.json();
  expect(body).toMatchObject({ error: "conflict", what: "glossary-entry", currentVersion: 2, currentEntry: { translations: ["Первый"], note: "Première relecture." } });
  expect(body.message).toContain("Quelqu’un a modifié cette entrée du glossaire");
  expect((await request.delete(`/api/glossary/fr-ru/${entry.id}?version=1`, { headers })).status()).toBe(409);
  const stored = await e2eDb().glossaryEntry.findUniqueOrThrow({ where: { id: entry.id } });
  expect({ version: stored.version, translations: stored.translations }).toEqual({ version: 2, translations: JSON.stringify(["Первый"]) });

  const listed = await request.get("/api/glossary/fr-ru", { headers });
  expect(listed.status()).toBe(200);
  const almaty = (await listed.json()).entries.find((candidate: { sourceTerm: string; isForbidden: boolean }) => candidate.sourceTerm === "Almaty" && !candidate.isForbidden);
  expect(almaty).toMatchObject({ translations: ["Алматы"], exactForm: true, doNotTranslate: false, status: "accepted" });
});

for (const locale of ["fr", "en", "ru"] as const) {
  test(`the glossary page has no accessibility violations for a manager (${locale})`, async ({ browser }) => {
    const admin = await browser.newContext({ storageState: storageStateFor("admin") });
    const page = await admin.newPage();
    await page.goto(`/${locale}/glossary?pair=fr-ru`);
    await expect(page.locator('[data-glossary-entry="Almaty"]').first()).toBeVisible();
    await page.locator('[data-glossary-entry="Almaty"]').first().locator("details.gl-edit summary").click();
    await expectNoAxeViolations(page);
    await admin.close();
  });
}
