import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { decideTranslation } from "../lib/reviews/decide-translation";
import { SAMPLE_MDX } from "../lib/testing/fixtures";
import { saveTranslation } from "../lib/translations/save-translation";
import { submitTranslation } from "../lib/translations/submit-translation";
import { storageStateFor } from "./fixtures/accounts";
import { bearer, tokenFor } from "./fixtures/api";
import { demoActor, e2eDb } from "./fixtures/factories";
import { editorOf, expectNoAxeViolations, newWorkspaceReport, openParagraph, openWorkspace, row, seeded } from "./fixtures/workspace";

// The translation memory (issue 10): matches beside the open paragraph, inserted by keyboard,
// the memory share the reviewer sees, and the API's matches and concordance with their permissions.

test.use({ storageState: storageStateFor("ruTranslator") });
test.describe.configure({ timeout: 120_000 });

// Report A's first paragraph is new; report B has a similar one (one word more), approved in
// Russian by Anna: a 83 % match (1 word of 6 differs).
async function withApprovedNeighbour() {
  const word = `mot${randomUUID().slice(0, 6)}`;
  const mdx = (wording: string) => SAMPLE_MDX.replace("Premier paragraphe, sans citation.", wording);
  const current = `Premier paragraphe ${word}, sans citation.`;
  const stored = `Premier paragraphe ${word}, toujours sans citation.`;
  const target = `Первый абзац ${word}, по-прежнему без цитаты.`;
  const { slug: neighbour } = await newWorkspaceReport({ mdx: mdx(stored) });
  const irina = await demoActor("ruTranslator");
  const anna = await demoActor("ruReviewer");
  const ref = { slug: neighbour, language: "ru", paragraphKey: "p-one" };
  await seeded(() => saveTranslation(e2eDb(), { ...ref, actor: irina, text: target, baseVersion: 0 }));
  await seeded(() => submitTranslation(e2eDb(), { ...ref, actor: irina }));
  await seeded(() => decideTranslation(e2eDb(), { ...ref, actor: anna, decision: "approve", version: 1 }));
  const { slug } = await newWorkspaceReport({ mdx: mdx(current) });
  return { slug, word, current, target };
}

test("a translator sees a match with its source diff, inserts it with Alt+1, submits, and the reviewer sees the memory share", async ({ page, browser }) => {
  const { slug, word, target } = await withApprovedNeighbour();
  await openWorkspace(page, slug);
  await openParagraph(page, "p-one", 2);
  const panel = row(page, "p-one").getByTestId("memory-panel");
  const match = panel.getByTestId("memory-match").first();
  await expect(match).toContainText("83 %");
  await expect(match).toContainText("approved by Anna Lebedeva");
  await expect(match.getByTestId("memory-target")).toHaveText(target);
  await expect(match.getByTestId("memory-target")).toHaveAttribute("lang", "ru");
  await expect(match.getByTestId("memory-source-diff")).toHaveAttribute("lang", "fr");
  await expect(match.getByTestId("memory-source-diff").locator("del")).toContainText("toujours");
  await expectNoAxeViolations(page);

  await editorOf(page, "p-one").click();
  await page.keyboard.press("Alt+Digit1");
  await expect(editorOf(page, "p-one")).toHaveText(target);
  await expect(panel.getByRole("status")).toHaveText("Match 1 inserted into the editor.");

  await row(page, "p-one").getByRole("button", { name: "Save and submit for review", exact: true }).click();
  await expect(row(page, "p-one")).toHaveAttribute("data-state", "in-review");
  const revision = await e2eDb().revision.findFirstOrThrow({ where: { translation: { language: "ru", paragraph: { key: "p-one", report: { slug } } } } });
  expect(revision.memoryShare).toBe(1);

  // The concordance finds the approved pair by a word of its source.
  await panel.getByRole("searchbox", { name: "Search the memory" }).fill(word.toUpperCase());
  await panel.getByRole("button", { name: "Search", exact: true }).click();
  await expect(panel.getByTestId("memory-entry")).toHaveCount(1);
  await expect(panel.getByTestId("memory-entry")).toContainText(target);

  const reviewer = await browser.newContext({ storageState: storageStateFor("ruReviewer") });
  const anna = await reviewer.newPage();
  await anna.goto(`/en/review/${slug}/ru`);
  await expect(anna.getByTestId("review-memory-share")).toHaveText("100 % from memory, unchanged");
  await reviewer.close();
});

test("the API answers matches and search to the language's translators, 403 to the other language's, 401 anonymous", async ({ playwright, baseURL }) => {
  const { current, target, word } = await withApprovedNeighbour();
  // No session cookie: each call is who its token says, or anonymous.
  const request = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const irina = bearer(await tokenFor(await demoActor("ruTranslator")));
  const emma = bearer(await tokenFor(await demoActor("enTranslator")));
  const matches = `/api/memory/fr-ru/matches?${new URLSearchParams({ text: current })}`;
  const search = `/api/memory/fr-ru/search?${new URLSearchParams({ q: word })}`;

  const answer = await request.get(matches, { headers: irina });
  expect(answer.status()).toBe(200);
  const body = (await answer.json()) as { matches: { source: string; target: string; score: number; inContext: boolean; approvedBy: string; approvedAt: string }[] };
  expect(body.matches[0].score).toBeCloseTo(5 / 6);
  expect(body.matches[0]).toMatchObject({ target, inContext: false, approvedBy: "Anna Lebedeva", approvedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
  const found = await request.get(search, { headers: irina });
  expect(found.status()).toBe(200);
  expect(((await found.json()) as { entries: { target: string }[] }).entries).toMatchObject([{ target }]);

  for (const path of [matches, search]) {
    expect((await request.get(path, { headers: emma })).status()).toBe(403);
    expect((await request.get(path)).status()).toBe(401);
  }
  const unknownPair = await request.get(`/api/memory/fr-de/matches?text=x`, { headers: irina });
  expect(unknownPair.status()).toBe(404);
  const badQuery = await request.get(`/api/memory/fr-ru/search?q=`, { headers: { ...irina, "accept-language": "ru" } });
  expect(badQuery.status()).toBe(422);
  expect(((await badQuery.json()) as { message: string }).message).toMatch(/[а-я]/);
  await request.dispose();
});

test("a match whose quotations cannot be mapped onto the paragraph's is inserted as plain text, and the editor says so", async ({ page }) => {
  const word = `mot${randomUUID().slice(0, 6)}`;
  // Report B's plain paragraph has the same words as report A's quoted one: a 100 % match
  // whose target has no quotation spans, while A's paragraph has two quotations.
  const quoted = `"<Quote id="q-one" speaker="dinara" spokenIn="not-stated">Je suis venue ici</Quote>", raconte Dinara ${word}. "<Quote id="q-two" speaker="dinara" spokenIn="not-stated">C’était une guerre</Quote>", dit-elle.`;
  const plain = `"Je suis venue ici", raconte Dinara ${word}. "C’était une guerre", dit-elle.`;
  const target = `«Я пришла сюда», — рассказывает Динара ${word}. «Это была война», — говорит она.`;
  const mdxA = SAMPLE_MDX.replace(/"<Quote id="q-one"[^\n]*dit-elle\./, quoted);
  const { slug: neighbour } = await newWorkspaceReport({ mdx: SAMPLE_MDX.replace("Premier paragraphe, sans citation.", plain) });
  const irina = await demoActor("ruTranslator");
  const anna = await demoActor("ruReviewer");
  const ref = { slug: neighbour, language: "ru", paragraphKey: "p-one" };
  await seeded(() => saveTranslation(e2eDb(), { ...ref, actor: irina, text: target, baseVersion: 0 }));
  await seeded(() => submitTranslation(e2eDb(), { ...ref, actor: irina }));
  await seeded(() => decideTranslation(e2eDb(), { ...ref, actor: anna, decision: "approve", version: 1 }));
  const { slug } = await newWorkspaceReport({ mdx: mdxA });

  await openWorkspace(page, slug);
  await openParagraph(page, "p-quote", 3);
  const panel = row(page, "p-quote").getByTestId("memory-panel");
  await expect(panel.getByTestId("memory-match").first()).toContainText("100 %");
  await panel.getByRole("button", { name: "Insert match 1 (Alt+1)" }).click();
  await expect(panel.getByRole("status")).toHaveText(/^Match 1 inserted as plain text: its quotations do not correspond/);
  await expect(editorOf(page, "p-quote")).toContainText(`рассказывает Динара ${word}`);
  // The paragraph's own quotation marks are all still there.
  await expect(row(page, "p-quote").locator(".ws-prose [data-quote-boundary]")).toHaveCount(4);
});
