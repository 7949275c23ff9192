import { expect, test, type Page } from "@playwright/test";
import { decideTranslation } from "../lib/reviews/decide-translation";
import { storageStateFor } from "./fixtures/accounts";
import { demoActor, e2eDb } from "./fixtures/factories";
import { bearer, tokenFor, translationPath } from "./fixtures/api";
import { axeViolations, decide, newReviewer, newReviewReport, readerStatus, signedInContext, submit, type Ref } from "./fixtures/review";

// Several browser contexts, a production render each, and an axe scan: slow on a busy machine.
test.describe.configure({ timeout: 120_000 });

const cell = (page: Page, key: string, language: string) => page.locator(`[data-paragraph="${key}"] [data-col="${language}"]`);

test("a submission goes through requested changes to approval, and anonymous readers see it within a second", async ({ browser, baseURL }) => {
  const { slug } = await newReviewReport();
  const ref: Ref = { slug, paragraphKey: "p-one", language: "en" };
  const emma = await demoActor("enTranslator");
  await submit(ref, emma, "First paragraph, no quotation.");

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/en/reports/${slug}`);
  await expect(cell(reader, "p-one", "en")).toHaveAttribute("data-status", "in-review");

  // A first reviewer asks for a change, from the keyboard.
  const olivia = await (await browser.newContext({ storageState: storageStateFor("enReviewer") })).newPage();
  await olivia.goto(`/en/review/${slug}/en`);
  await expect(olivia).toHaveTitle(/^Review · Reportage de test · English/);
  const item = olivia.locator("article.review-item");
  await expect(item).toHaveAttribute("data-paragraph", "p-one");
  await expect(olivia.getByTestId("review-source")).toHaveAttribute("lang", "fr");
  await expect(olivia.getByTestId("review-submitted")).toHaveText("First paragraph, no quotation.");
  const comment = olivia.getByLabel("What needs to change (required)");
  await expect(olivia.getByRole("button", { name: "Request changes" })).toBeEnabled();
  await comment.focus();
  await olivia.keyboard.press("Control+Enter");
  await expect(olivia.getByText("Say why in the comment: it is required.")).toBeVisible();
  await expect(comment).toHaveAttribute("aria-invalid", "true");
  await comment.fill("“without a quotation”, as in the original.");
  await olivia.keyboard.press("Control+Enter");
  await expect(olivia.locator("#review-decided")).toHaveText("Decision recorded: changes requested.");
  await expect(olivia.locator("#review-decided")).toBeFocused();
  await expect(olivia.getByText("Nothing in this report awaits a decision in English.")).toBeVisible();

  // The translator revises; another reviewer sees the word diff and the history, and approves.
  const revised = await submit(ref, emma, "First paragraph, without a quotation.");
  const second = await newReviewer("en");
  const otherContext = await signedInContext(browser, baseURL!, second);
  const other = await otherContext.newPage();
  await other.goto(`/en/review/${slug}/en`);
  await expect(other.getByTestId("review-submitted")).toHaveText("First paragraph, without a quotation.");
  await expect(other.getByRole("heading", { name: `Submitted translation, version ${revised}` })).toBeVisible();
  // the same history as the workspace's: decisions with their comments, and a diff between revisions
  const history = other.getByRole("region", { name: "History", exact: true });
  const request = history.locator('li[data-action="request-changes"]');
  await expect(request).toContainText("Changes requested");
  await expect(request).toContainText("In review → Changes requested");
  await expect(request).toContainText("“without a quotation”, as in the original.");
  await expect(history.getByRole("button", { name: /Restore/ })).toHaveCount(0);
  await expect(history.getByLabel("Changes from version 1 to version 2")).toContainText("without a");
  // a comment for the translators, posted from the review page
  const comments = other.getByRole("region", { name: "Comments", exact: true });
  await comments.getByLabel("Add a comment").fill("Checked against the <b>original</b>.");
  await comments.getByRole("button", { name: "Post comment" }).click();
  await expect(comments.locator(".comment-body")).toHaveText("Checked against the <b>original</b>.");
  // a resubmission: the diff against the version sent back, and the reviewer's comment; not "the first text"
  const sentBack = other.getByTestId("review-sent-back");
  await expect(sentBack.getByRole("heading", { name: `Changes since the version sent back (${revised - 1})` })).toBeVisible();
  await expect(sentBack).toContainText(`Olivia Grant sent version ${revised - 1} back on`);
  await expect(other.getByTestId("review-sent-back-comment")).toHaveText("“without a quotation”, as in the original.");
  await expect(other.getByTestId("review-diff-sent-back").locator("ins")).toHaveText(["[added: without a ]"]);
  await expect(other.getByTestId("review-diff-sent-back").locator("del")).toHaveText(["[removed: no ]"]);
  await expect(other.getByText("Nothing has been approved yet.", { exact: true })).toBeVisible();
  await expect(other.getByText(/this is the first text to be reviewed/)).toHaveCount(0);
  await other.getByRole("button", { name: "Approve" }).click();
  await expect(other.locator("#review-decided")).toHaveText("Decision recorded: approved.");

  // The reader is rendered per request from the database: the approval is on its next answer.
  const decidedAt = Date.now();
  await expect.poll(() => readerStatus(reader.request, slug, "p-one", "en"), { timeout: 1_000, intervals: [50, 100, 100, 150] }).toBe("approved");
  expect(Date.now() - decidedAt).toBeLessThan(1_000);
  await reader.reload();
  await expect(cell(reader, "p-one", "en")).toHaveAttribute("data-status", "approved");
  await expect(cell(reader, "p-one", "en").locator('.unit[lang="en"]')).toHaveText("First paragraph, without a quotation.");
  await expect(cell(reader, "p-one", "en")).toContainText(`Approved by ${second.name}`);
});

test("the author of a revision cannot approve it: the button says why, and the server refuses", async ({ browser, baseURL }) => {
  const { slug } = await newReviewReport();
  const both = await newReviewer("en", { alsoTranslator: true });
  const ref: Ref = { slug, paragraphKey: "p-one", language: "en" };
  const version = await submit(ref, both, "My own first paragraph.");
  const page = await (await signedInContext(browser, baseURL!, both)).newPage();
  await page.goto(`/en/review/${slug}/en`);
  const approve = page.getByRole("button", { name: "Approve" });
  await expect(approve).toHaveAttribute("aria-disabled", "true");
  await expect(approve).toHaveJSProperty("disabled", false);
  await expect(approve).toHaveAccessibleDescription("You cannot approve this text because you wrote some of it since it was last approved (perhaps in a version someone restored): another reviewer must approve it.");
  // Playwright will not click an aria-disabled button; a keyboard user can still press it.
  await approve.focus();
  await page.keyboard.press("Enter");
  await expect(page).not.toHaveURL(/decided=/);
  const refused = decideTranslation(e2eDb(), { ...ref, actor: both, decision: "approve", version });
  await expect(refused).rejects.toMatchObject({ code: "forbidden", details: { reason: "own-revision" } });
  await expect(page.locator("article.review-item")).toHaveAttribute("data-state", "in-review");
});

test("a decision about a text that changed meanwhile is refused, and the reviewer sees the new text", async ({ browser, baseURL }) => {
  const { slug } = await newReviewReport();
  const ref: Ref = { slug, paragraphKey: "p-one", language: "en" };
  const emma = await demoActor("enTranslator");
  await submit(ref, emma, "First paragraph, version one.");

  const olivia = await (await browser.newContext({ storageState: storageStateFor("enReviewer") })).newPage();
  await olivia.goto(`/en/review/${slug}/en`);
  await expect(olivia.getByTestId("review-submitted")).toHaveText("First paragraph, version one.");

  const colleague = await (await signedInContext(browser, baseURL!, await newReviewer("en"))).newPage();
  await colleague.goto(`/en/review/${slug}/en`);
  await colleague.getByLabel("What needs to change (required)").fill("Say “without a quotation”.");
  await colleague.getByRole("button", { name: "Request changes" }).click();
  await expect(colleague.locator("#review-decided")).toBeVisible();
  const revised = await submit(ref, emma, "First paragraph, without a quotation.");

  await olivia.getByRole("button", { name: "Approve" }).click();
  const conflict = olivia.getByTestId("review-conflict");
  await expect(conflict).toContainText("This paragraph changed since you opened it");
  await expect(conflict).toContainText(`Nothing was recorded. Here is what is there now (version ${revised}, In review):`);
  await expect(conflict.locator("[lang=en]")).toHaveText("First paragraph, without a quotation.");
  await expect(olivia.getByRole("button", { name: "Approve" })).toHaveAttribute("aria-disabled", "true");
  await conflict.getByRole("button", { name: "Review the current version" }).click();
  await expect(olivia.getByTestId("review-submitted")).toHaveText("First paragraph, without a quotation.");
  await olivia.getByRole("button", { name: "Approve" }).click();
  await expect(olivia.locator("#review-decided")).toHaveText("Decision recorded: approved.");
  const decisions = await e2eDb().reviewDecision.findMany({ where: { translation: { paragraph: { report: { slug } } } }, orderBy: { createdAt: "asc" } });
  expect(decisions.map((decision) => [decision.decision, decision.version])).toEqual([["request-changes", revised - 1], ["approve", revised]]);
});

test("only reviewers of the language open the review page; anonymous visitors are sent to sign in", async ({ browser }) => {
  const { slug } = await newReviewReport();
  const anna = await (await browser.newContext({ storageState: storageStateFor("ruReviewer") })).newPage();
  const response = await anna.goto(`/ru/review/${slug}/en`);
  expect(response?.status()).toBe(403);
  await expect(anna.getByRole("heading", { level: 1 })).toHaveText("Проверять перевод могут только редакторы этого языка");
  const translator = await (await browser.newContext({ storageState: storageStateFor("enTranslator") })).newPage();
  expect((await translator.goto(`/en/review/${slug}/en`))?.status()).toBe(403);
  await expect(translator.getByTestId("forbidden")).toBeVisible();

  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(`/fr/review/${slug}/en`);
  await expect(anonymous).toHaveURL(`/fr/sign-in?next=${encodeURIComponent(`/fr/review/${slug}/en`)}`);
});

test("the queue is one paragraph at a time, in review first, with warnings, by keyboard, and passes axe", async ({ browser }) => {
  const { slug } = await newReviewReport();
  const james = await demoActor("enTranslator2");
  await submit({ slug, paragraphKey: "h-intro", language: "en" }, james, "Un titre de test");
  await submit({ slug, paragraphKey: "p-quote", language: "en" }, james, `“<q id="q-one">I came here</q>,” says Dinara. “<q id="q-two"> </q>,” she says.`);
  const page = await (await browser.newContext({ storageState: storageStateFor("enReviewer") })).newPage();
  await page.goto(`/en/review/${slug}/en`);
  await expect(page.locator("[data-queue-item]")).toHaveText(["Paragraph 1", "Paragraph 3"]);
  await expect(page.locator("[data-queue-item][aria-current=page]")).toHaveText("Paragraph 1");
  await expect(page.getByTestId("review-warnings")).toHaveText(/identical to the original/);

  await expect(page.getByRole("button", { name: "Approve" })).toBeEnabled();
  await page.locator("body").press("Alt+ArrowDown");
  await expect(page).toHaveURL(/\?p=p-quote$/);
  await expect(page.locator("article.review-item")).toHaveAttribute("data-paragraph", "p-quote");
  // quotations named by number and speaker, never by their ids
  await expect(page.getByTestId("review-warnings")).toHaveText("⚠ Quotation 2 (Dinara) is empty in the translation.");
  await expect(page.locator(".review-quotes li")).toHaveText([/^Quotation 1: Dinara/, /^Quotation 2: Dinara/]);
  await expect(page.locator("main")).not.toContainText("q-two");
  await expect(page.getByTestId("review-submitted").locator("q[data-quote]")).toHaveCount(2);
  await expect(page.locator(".review-quotes li")).toHaveCount(2);

  expect(await axeViolations(page)).toEqual([]);
  await expect(page.getByRole("button", { name: "Approve" })).toBeEnabled();
  await page.locator("body").press("Alt+ArrowUp");
  await expect(page).toHaveURL(/\?p=h-intro$/);
});

test("approving past a warning needs it acknowledged, in the page and through the API, and the acknowledgement is recorded", async ({ browser, request }) => {
  const { slug } = await newReviewReport();
  const james = await demoActor("enTranslator2");
  const ref: Ref = { slug, paragraphKey: "p-quote", language: "en" };
  // the paragraph before is approved in Russian, the pivot of an English review
  await submit({ slug, paragraphKey: "p-quote", language: "ru" }, await demoActor("ruTranslator"), `«<q id="q-one">Я пришла сюда</q>», — рассказывает Динара. «<q id="q-two">Это была война</q>», — говорит она.`);
  await decide({ slug, paragraphKey: "p-quote", language: "ru", actor: await demoActor("ruReviewer"), decision: "approve", version: 1 });
  const version = await submit(ref, james, `“<q id="q-one">I came here</q>,” says Dinara. “<q id="q-two"> </q>,” she says.`);

  // The API refuses an unacknowledged approval with a 422 in the caller's language.
  const token = bearer(await tokenFor(await demoActor("enReviewer")));
  const path = translationPath(slug, "p-quote", "en", "/review");
  const refused = await request.post(path, { headers: { ...token, "accept-language": "ru" }, data: { decision: "approve", version } });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).problems).toEqual(["Есть предупреждения: отметьте «Я прочитал(а) предупреждения», чтобы одобрить несмотря на них, или запросите правки."]);

  const page = await (await browser.newContext({ storageState: storageStateFor("enReviewer") })).newPage();
  await page.goto(`/en/review/${slug}/en?p=p-quote`);
  // the queue entry: an excerpt, the translator, how long it has waited, its warnings
  const entry = page.locator(".review-queue li").filter({ has: page.locator('[data-queue-item="p-quote"]') });
  await expect(entry.getByTestId("review-queue-excerpt")).toHaveText("“I came here,” says Dinara. “ ,” she says.");
  await expect(entry).toContainText(`by ${james.name} · queued`);
  await entry.getByText("1 warning").click();
  await expect(entry.locator("li[data-warning]")).toHaveText("⚠ Quotation 2 (Dinara) is empty in the translation.");
  // the paragraphs around it and the pivot, marked as a translation
  await expect(page.getByTestId("review-context-previous")).toContainText("Premier paragraphe, sans citation.");
  await expect(page.getByTestId("review-context-next")).toHaveCount(0);
  const pivot = page.getByTestId("review-pivot");
  await expect(pivot.getByRole("heading")).toHaveText("The Russian translation (approved)");
  await expect(pivot).toContainText("Our translation from the French, shown for comparison: it is not the original.");
  await expect(pivot.locator('[lang="ru"]')).toContainText("Это была война");

  const approve = page.getByRole("button", { name: "Approve" });
  await approve.click();
  await expect(page.locator("#review-acknowledge-error")).toHaveText("Tick the box to say you have read the warnings, or request changes.");
  await expect(page.getByLabel("I have read the warnings above (1 warning) and approve despite them")).toBeFocused();
  await expect(page).not.toHaveURL(/decided=/);
  expect(await e2eDb().reviewDecision.count({ where: { translation: { language: "en", paragraph: { report: { slug } } } } })).toBe(0);
  await page.getByLabel("I have read the warnings above (1 warning) and approve despite them").check();
  await approve.click();
  await expect(page.locator("#review-decided")).toHaveText("Decision recorded: approved.");
  const [decision] = await e2eDb().reviewDecision.findMany({ where: { translation: { language: "en", paragraph: { report: { slug } } } } });
  expect(decision).toMatchObject({ decision: "approve", version });
  expect(JSON.parse(decision.acknowledgedWarnings ?? "null")).toEqual([{ id: "empty-quote", quote: "q-two" }]);
});

for (const locale of ["fr", "en", "ru"] as const) {
  test(`the review page of a resubmission with warnings, context and pivot passes axe in ${locale}`, async ({ browser }) => {
    const { slug } = await newReviewReport();
    const james = await demoActor("enTranslator2");
    const ref: Ref = { slug, paragraphKey: "p-quote", language: "en" };
    const sent = await submit(ref, james, `“<q id="q-one">I came here</q>,” says Dinara. “<q id="q-two">It was</q>,” she says.`);
    await decide({ ...ref, actor: await demoActor("enReviewer"), decision: "request-changes", version: sent, comment: "“It was a war”." });
    await submit(ref, james, `“<q id="q-one">I came here</q>,” says Dinara. “<q id="q-two"> </q>,” she says.`);
    await submit({ slug, paragraphKey: "p-one", language: "en" }, james, "First paragraph.");
    const page = await (await browser.newContext({ storageState: storageStateFor("enReviewer") })).newPage();
    await page.goto(`/${locale}/review/${slug}/en?p=p-quote`);
    await expect(page.getByTestId("review-sent-back-comment")).toHaveText("“It was a war”.");
    await expect(page.getByTestId("review-warnings")).toBeVisible();
    await page.locator(".review-queue-warnings summary").first().click();
    expect(await axeViolations(page)).toEqual([]);
  });
}
